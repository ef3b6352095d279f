
use builtin;
use str;

set edit:completion:arg-completer[omi] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'omi'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'omi'= {
            cand --base-url 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]'
            cand --public-key 'Public API key [env: OMI_PUBLIC_KEY]'
            cand --private-key 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]'
            cand --project-id 'Project (group) id, 24 hex characters; repeatable for apply [env: OMI_PROJECT_ID]'
            cand --profile 'Profile in the config file [env: OMI_PROFILE] [default: default]'
            cand --ca-cert 'Also trust this PEM certificate authority (private Ops Manager CA)'
            cand --page-num 'Page of results to return, from 1'
            cand --items-per-page 'Results per page, 1 to 500'
            cand --timeout 'Give up on a request after this many seconds [default: 30]'
            cand --retries 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]'
            cand --max-wait 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]'
            cand --insecure 'Skip TLS certificate verification (unsafe; prints a warning)'
            cand --json 'Print the response body as received, for jq and scripts'
            cand --dry-run 'Print what would be sent, secrets masked, and send nothing'
            cand -v 'Show each HTTP exchange on stderr (secrets masked)'
            cand --verbose 'Show each HTTP exchange on stderr (secrets masked)'
            cand --pretty 'Ask the server for indented JSON'
            cand --envelope 'Ask the server to wrap responses in {status, content}'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create an integration (POST); fails if the type is already configured'
            cand update 'Create or replace an integration (PUT)'
            cand list 'List the project''s integrations'
            cand get 'Show one integration'
            cand delete 'Delete an integration'
            cand apply 'Converge projects to the integrations declared in a file'
            cand config 'Read and write the config file'
            cand completions 'Print a shell completion script'
            cand man 'Print the man page (roff)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omi;create'= {
            cand --base-url 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]'
            cand --public-key 'Public API key [env: OMI_PUBLIC_KEY]'
            cand --private-key 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]'
            cand --project-id 'Project (group) id, 24 hex characters; repeatable for apply [env: OMI_PROJECT_ID]'
            cand --profile 'Profile in the config file [env: OMI_PROFILE] [default: default]'
            cand --ca-cert 'Also trust this PEM certificate authority (private Ops Manager CA)'
            cand --page-num 'Page of results to return, from 1'
            cand --items-per-page 'Results per page, 1 to 500'
            cand --timeout 'Give up on a request after this many seconds [default: 30]'
            cand --retries 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]'
            cand --max-wait 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]'
            cand --insecure 'Skip TLS certificate verification (unsafe; prints a warning)'
            cand --json 'Print the response body as received, for jq and scripts'
            cand --dry-run 'Print what would be sent, secrets masked, and send nothing'
            cand -v 'Show each HTTP exchange on stderr (secrets masked)'
            cand --verbose 'Show each HTTP exchange on stderr (secrets masked)'
            cand --pretty 'Ask the server for indented JSON'
            cand --envelope 'Ask the server to wrap responses in {status, content}'
            cand -h 'Print help'
            cand --help 'Print help'
            cand pager-duty 'Create the PagerDuty integration (PAGER_DUTY)'
            cand slack 'Create the Slack integration (SLACK)'
            cand datadog 'Create the Datadog integration (DATADOG)'
            cand hip-chat 'Create the HipChat integration (HIP_CHAT)'
            cand ops-genie 'Create the Opsgenie integration (OPS_GENIE)'
            cand victor-ops 'Create the VictorOps integration (VICTOR_OPS)'
            cand webhook 'Create the Webhook integration (WEBHOOK)'
            cand microsoft-teams 'Create the Microsoft Teams integration (MICROSOFT_TEAMS)'
            cand prometheus 'Create the Prometheus integration (PROMETHEUS)'
            cand new-relic 'Create the New Relic integration (NEW_RELIC)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omi;create;pager-duty'= {
            cand --service-key 'PagerDuty integration key [required]; ''-'' reads it from stdin, ''@PATH'' from a file'
            cand --field 'A field omi''s table does not know, sent as given; VALUE is JSON when it parses, else a string (repeatable)'
            cand --base-url 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]'
            cand --public-key 'Public API key [env: OMI_PUBLIC_KEY]'
            cand --private-key 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]'
            cand --project-id 'Project (group) id, 24 hex characters; repeatable for apply [env: OMI_PROJECT_ID]'
            cand --profile 'Profile in the config file [env: OMI_PROFILE] [default: default]'
            cand --ca-cert 'Also trust this PEM certificate authority (private Ops Manager CA)'
            cand --page-num 'Page of results to return, from 1'
            cand --items-per-page 'Results per page, 1 to 500'
            cand --timeout 'Give up on a request after this many seconds [default: 30]'
            cand --retries 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]'
            cand --max-wait 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]'
            cand --insecure 'Skip TLS certificate verification (unsafe; prints a warning)'
            cand --json 'Print the response body as received, for jq and scripts'
            cand --dry-run 'Print what would be sent, secrets masked, and send nothing'
            cand -v 'Show each HTTP exchange on stderr (secrets masked)'
            cand --verbose 'Show each HTTP exchange on stderr (secrets masked)'
            cand --pretty 'Ask the server for indented JSON'
            cand --envelope 'Ask the server to wrap responses in {status, content}'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'omi;create;slack'= {
            cand --api-token 'Slack API token [required]; ''-'' reads it from stdin, ''@PATH'' from a file'
            cand --team-name 'Slack team name [required]'
            cand --channel-name 'Slack channel to post to'
            cand --field 'A field omi''s table does not know, sent as given; VALUE is JSON when it parses, else a string (repeatable)'
            cand --base-url 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]'
            cand --public-key 'Public API key [env: OMI_PUBLIC_KEY]'
            cand --private-key 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]'
            cand --project-id 'Project (group) id, 24 hex characters; repeatable for apply [env: OMI_PROJECT_ID]'
            cand --profile 'Profile in the config file [env: OMI_PROFILE] [default: default]'
            cand --ca-cert 'Also trust this PEM certificate authority (private Ops Manager CA)'
            cand --page-num 'Page of results to return, from 1'
            cand --items-per-page 'Results per page, 1 to 500'
            cand --timeout 'Give up on a request after this many seconds [default: 30]'
            cand --retries 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]'
            cand --max-wait 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]'
            cand --insecure 'Skip TLS certificate verification (unsafe; prints a warning)'
            cand --json 'Print the response body as received, for jq and scripts'
            cand --dry-run 'Print what would be sent, secrets masked, and send nothing'
            cand -v 'Show each HTTP exchange on stderr (secrets masked)'
            cand --verbose 'Show each HTTP exchange on stderr (secrets masked)'
            cand --pretty 'Ask the server for indented JSON'
            cand --envelope 'Ask the server to wrap responses in {status, content}'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'omi;create;datadog'= {
            cand --api-key 'Datadog API key [required]; ''-'' reads it from stdin, ''@PATH'' from a file'
            cand --region 'Datadog site region'
            cand --field 'A field omi''s table does not know, sent as given; VALUE is JSON when it parses, else a string (repeatable)'
            cand --base-url 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]'
            cand --public-key 'Public API key [env: OMI_PUBLIC_KEY]'
            cand --private-key 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]'
            cand --project-id 'Project (group) id, 24 hex characters; repeatable for apply [env: OMI_PROJECT_ID]'
            cand --profile 'Profile in the config file [env: OMI_PROFILE] [default: default]'
            cand --ca-cert 'Also trust this PEM certificate authority (private Ops Manager CA)'
            cand --page-num 'Page of results to return, from 1'
            cand --items-per-page 'Results per page, 1 to 500'
            cand --timeout 'Give up on a request after this many seconds [default: 30]'
            cand --retries 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]'
            cand --max-wait 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]'
            cand --insecure 'Skip TLS certificate verification (unsafe; prints a warning)'
            cand --json 'Print the response body as received, for jq and scripts'
            cand --dry-run 'Print what would be sent, secrets masked, and send nothing'
            cand -v 'Show each HTTP exchange on stderr (secrets masked)'
            cand --verbose 'Show each HTTP exchange on stderr (secrets masked)'
            cand --pretty 'Ask the server for indented JSON'
            cand --envelope 'Ask the server to wrap responses in {status, content}'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'omi;create;hip-chat'= {
            cand --notification-token 'HipChat notification token [required]; ''-'' reads it from stdin, ''@PATH'' from a file'
            cand --room-name 'HipChat room name [required]'
            cand --field 'A field omi''s table does not know, sent as given; VALUE is JSON when it parses, else a string (repeatable)'
            cand --base-url 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]'
            cand --public-key 'Public API key [env: OMI_PUBLIC_KEY]'
            cand --private-key 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]'
            cand --project-id 'Project (group) id, 24 hex characters; repeatable for apply [env: OMI_PROJECT_ID]'
            cand --profile 'Profile in the config file [env: OMI_PROFILE] [default: default]'
            cand --ca-cert 'Also trust this PEM certificate authority (private Ops Manager CA)'
            cand --page-num 'Page of results to return, from 1'
            cand --items-per-page 'Results per page, 1 to 500'
            cand --timeout 'Give up on a request after this many seconds [default: 30]'
            cand --retries 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]'
            cand --max-wait 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]'
            cand --insecure 'Skip TLS certificate verification (unsafe; prints a warning)'
            cand --json 'Print the response body as received, for jq and scripts'
            cand --dry-run 'Print what would be sent, secrets masked, and send nothing'
            cand -v 'Show each HTTP exchange on stderr (secrets masked)'
            cand --verbose 'Show each HTTP exchange on stderr (secrets masked)'
            cand --pretty 'Ask the server for indented JSON'
            cand --envelope 'Ask the server to wrap responses in {status, content}'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'omi;create;ops-genie'= {
            cand --api-key 'Opsgenie API key [required]; ''-'' reads it from stdin, ''@PATH'' from a file'
            cand --region 'Opsgenie API region [required]'
            cand --field 'A field omi''s table does not know, sent as given; VALUE is JSON when it parses, else a string (repeatable)'
            cand --base-url 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]'
            cand --public-key 'Public API key [env: OMI_PUBLIC_KEY]'
            cand --private-key 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]'
            cand --project-id 'Project (group) id, 24 hex characters; repeatable for apply [env: OMI_PROJECT_ID]'
            cand --profile 'Profile in the config file [env: OMI_PROFILE] [default: default]'
            cand --ca-cert 'Also trust this PEM certificate authority (private Ops Manager CA)'
            cand --page-num 'Page of results to return, from 1'
            cand --items-per-page 'Results per page, 1 to 500'
            cand --timeout 'Give up on a request after this many seconds [default: 30]'
            cand --retries 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]'
            cand --max-wait 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]'
            cand --insecure 'Skip TLS certificate verification (unsafe; prints a warning)'
            cand --json 'Print the response body as received, for jq and scripts'
            cand --dry-run 'Print what would be sent, secrets masked, and send nothing'
            cand -v 'Show each HTTP exchange on stderr (secrets masked)'
            cand --verbose 'Show each HTTP exchange on stderr (secrets masked)'
            cand --pretty 'Ask the server for indented JSON'
            cand --envelope 'Ask the server to wrap responses in {status, content}'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'omi;create;victor-ops'= {
            cand --api-key 'VictorOps API key [required]; ''-'' reads it from stdin, ''@PATH'' from a file'
            cand --routing-key 'VictorOps routing key; ''-'' reads it from stdin, ''@PATH'' from a file'
            cand --field 'A field omi''s table does not know, sent as given; VALUE is JSON when it parses, else a string (repeatable)'
            cand --base-url 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]'
            cand --public-key 'Public API key [env: OMI_PUBLIC_KEY]'
            cand --private-key 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]'
            cand --project-id 'Project (group) id, 24 hex characters; repeatable for apply [env: OMI_PROJECT_ID]'
            cand --profile 'Profile in the config file [env: OMI_PROFILE] [default: default]'
            cand --ca-cert 'Also trust this PEM certificate authority (private Ops Manager CA)'
            cand --page-num 'Page of results to return, from 1'
            cand --items-per-page 'Results per page, 1 to 500'
            cand --timeout 'Give up on a request after this many seconds [default: 30]'
            cand --retries 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]'
            cand --max-wait 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]'
            cand --insecure 'Skip TLS certificate verification (unsafe; prints a warning)'
            cand --json 'Print the response body as received, for jq and scripts'
            cand --dry-run 'Print what would be sent, secrets masked, and send nothing'
            cand -v 'Show each HTTP exchange on stderr (secrets masked)'
            cand --verbose 'Show each HTTP exchange on stderr (secrets masked)'
            cand --pretty 'Ask the server for indented JSON'
            cand --envelope 'Ask the server to wrap responses in {status, content}'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'omi;create;webhook'= {
            cand --url 'Webhook URL that receives alerts [required]; ''-'' reads it from stdin, ''@PATH'' from a file'
            cand --secret 'Secret used to sign webhook requests; ''-'' reads it from stdin, ''@PATH'' from a file'
            cand --field 'A field omi''s table does not know, sent as given; VALUE is JSON when it parses, else a string (repeatable)'
            cand --base-url 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]'
            cand --public-key 'Public API key [env: OMI_PUBLIC_KEY]'
            cand --private-key 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]'
            cand --project-id 'Project (group) id, 24 hex characters; repeatable for apply [env: OMI_PROJECT_ID]'
            cand --profile 'Profile in the config file [env: OMI_PROFILE] [default: default]'
            cand --ca-cert 'Also trust this PEM certificate authority (private Ops Manager CA)'
            cand --page-num 'Page of results to return, from 1'
            cand --items-per-page 'Results per page, 1 to 500'
            cand --timeout 'Give up on a request after this many seconds [default: 30]'
            cand --retries 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]'
            cand --max-wait 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]'
            cand --insecure 'Skip TLS certificate verification (unsafe; prints a warning)'
            cand --json 'Print the response body as received, for jq and scripts'
            cand --dry-run 'Print what would be sent, secrets masked, and send nothing'
            cand -v 'Show each HTTP exchange on stderr (secrets masked)'
            cand --verbose 'Show each HTTP exchange on stderr (secrets masked)'
            cand --pretty 'Ask the server for indented JSON'
            cand --envelope 'Ask the server to wrap responses in {status, content}'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'omi;create;microsoft-teams'= {
            cand --webhook-url 'Microsoft Teams incoming webhook URL [required]; ''-'' reads it from stdin, ''@PATH'' from a file'
            cand --field 'A field omi''s table does not know, sent as given; VALUE is JSON when it parses, else a string (repeatable)'
            cand --base-url 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]'
            cand --public-key 'Public API key [env: OMI_PUBLIC_KEY]'
            cand --private-key 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]'
            cand --project-id 'Project (group) id, 24 hex characters; repeatable for apply [env: OMI_PROJECT_ID]'
            cand --profile 'Profile in the config file [env: OMI_PROFILE] [default: default]'
            cand --ca-cert 'Also trust this PEM certificate authority (private Ops Manager CA)'
            cand --page-num 'Page of results to return, from 1'
            cand --items-per-page 'Results per page, 1 to 500'
            cand --timeout 'Give up on a request after this many seconds [default: 30]'
            cand --retries 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]'
            cand --max-wait 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]'
            cand --insecure 'Skip TLS certificate verification (unsafe; prints a warning)'
            cand --json 'Print the response body as received, for jq and scripts'
            cand --dry-run 'Print what would be sent, secrets masked, and send nothing'
            cand -v 'Show each HTTP exchange on stderr (secrets masked)'
            cand --verbose 'Show each HTTP exchange on stderr (secrets masked)'
            cand --pretty 'Ask the server for indented JSON'
            cand --envelope 'Ask the server to wrap responses in {status, content}'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'omi;create;prometheus'= {
            cand --username 'Prometheus username [required]'
            cand --password 'Prometheus password [required]; ''-'' reads it from stdin, ''@PATH'' from a file'
            cand --listen-address 'host:port Prometheus will scrape [required]'
            cand --service-discovery 'Service discovery method [required]'
            cand --scheme 'Protocol scheme Prometheus uses [required]'
            cand --enabled 'Whether Prometheus is enabled [required]'
            cand --tls-pem-path 'Absolute path to the PEM file on the Ops Manager host'
            cand --tls-pem-password 'Password of the PEM file; ''-'' reads it from stdin, ''@PATH'' from a file'
            cand --field 'A field omi''s table does not know, sent as given; VALUE is JSON when it parses, else a string (repeatable)'
            cand --base-url 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]'
            cand --public-key 'Public API key [env: OMI_PUBLIC_KEY]'
            cand --private-key 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]'
            cand --project-id 'Project (group) id, 24 hex characters; repeatable for apply [env: OMI_PROJECT_ID]'
            cand --profile 'Profile in the config file [env: OMI_PROFILE] [default: default]'
            cand --ca-cert 'Also trust this PEM certificate authority (private Ops Manager CA)'
            cand --page-num 'Page of results to return, from 1'
            cand --items-per-page 'Results per page, 1 to 500'
            cand --timeout 'Give up on a request after this many seconds [default: 30]'
            cand --retries 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]'
            cand --max-wait 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]'
            cand --insecure 'Skip TLS certificate verification (unsafe; prints a warning)'
            cand --json 'Print the response body as received, for jq and scripts'
            cand --dry-run 'Print what would be sent, secrets masked, and send nothing'
            cand -v 'Show each HTTP exchange on stderr (secrets masked)'
            cand --verbose 'Show each HTTP exchange on stderr (secrets masked)'
            cand --pretty 'Ask the server for indented JSON'
            cand --envelope 'Ask the server to wrap responses in {status, content}'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'omi;create;new-relic'= {
            cand --license-key 'New Relic license key [required]; ''-'' reads it from stdin, ''@PATH'' from a file'
            cand --account-id 'New Relic account id [required]'
            cand --write-token 'New Relic insights write token [required]; ''-'' reads it from stdin, ''@PATH'' from a file'
            cand --read-token 'New Relic insights read token [required]; ''-'' reads it from stdin, ''@PATH'' from a file'
            cand --field 'A field omi''s table does not know, sent as given; VALUE is JSON when it parses, else a string (repeatable)'
            cand --base-url 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]'
            cand --public-key 'Public API key [env: OMI_PUBLIC_KEY]'
            cand --private-key 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]'
            cand --project-id 'Project (group) id, 24 hex characters; repeatable for apply [env: OMI_PROJECT_ID]'
            cand --profile 'Profile in the config file [env: OMI_PROFILE] [default: default]'
            cand --ca-cert 'Also trust this PEM certificate authority (private Ops Manager CA)'
            cand --page-num 'Page of results to return, from 1'
            cand --items-per-page 'Results per page, 1 to 500'
            cand --timeout 'Give up on a request after this many seconds [default: 30]'
            cand --retries 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]'
            cand --max-wait 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]'
            cand --insecure 'Skip TLS certificate verification (unsafe; prints a warning)'
            cand --json 'Print the response body as received, for jq and scripts'
            cand --dry-run 'Print what would be sent, secrets masked, and send nothing'
            cand -v 'Show each HTTP exchange on stderr (secrets masked)'
            cand --verbose 'Show each HTTP exchange on stderr (secrets masked)'
            cand --pretty 'Ask the server for indented JSON'
            cand --envelope 'Ask the server to wrap responses in {status, content}'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'omi;create;help'= {
            cand pager-duty 'Create the PagerDuty integration (PAGER_DUTY)'
            cand slack 'Create the Slack integration (SLACK)'
            cand datadog 'Create the Datadog integration (DATADOG)'
            cand hip-chat 'Create the HipChat integration (HIP_CHAT)'
            cand ops-genie 'Create the Opsgenie integration (OPS_GENIE)'
            cand victor-ops 'Create the VictorOps integration (VICTOR_OPS)'
            cand webhook 'Create the Webhook integration (WEBHOOK)'
            cand microsoft-teams 'Create the Microsoft Teams integration (MICROSOFT_TEAMS)'
            cand prometheus 'Create the Prometheus integration (PROMETHEUS)'
            cand new-relic 'Create the New Relic integration (NEW_RELIC)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omi;create;help;pager-duty'= {
        }
        &'omi;create;help;slack'= {
        }
        &'omi;create;help;datadog'= {
        }
        &'omi;create;help;hip-chat'= {
        }
        &'omi;create;help;ops-genie'= {
        }
        &'omi;create;help;victor-ops'= {
        }
        &'omi;create;help;webhook'= {
        }
        &'omi;create;help;microsoft-teams'= {
        }
        &'omi;create;help;prometheus'= {
        }
        &'omi;create;help;new-relic'= {
        }
        &'omi;create;help;help'= {
        }
        &'omi;update'= {
            cand --base-url 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]'
            cand --public-key 'Public API key [env: OMI_PUBLIC_KEY]'
            cand --private-key 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]'
            cand --project-id 'Project (group) id, 24 hex characters; repeatable for apply [env: OMI_PROJECT_ID]'
            cand --profile 'Profile in the config file [env: OMI_PROFILE] [default: default]'
            cand --ca-cert 'Also trust this PEM certificate authority (private Ops Manager CA)'
            cand --page-num 'Page of results to return, from 1'
            cand --items-per-page 'Results per page, 1 to 500'
            cand --timeout 'Give up on a request after this many seconds [default: 30]'
            cand --retries 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]'
            cand --max-wait 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]'
            cand --insecure 'Skip TLS certificate verification (unsafe; prints a warning)'
            cand --json 'Print the response body as received, for jq and scripts'
            cand --dry-run 'Print what would be sent, secrets masked, and send nothing'
            cand -v 'Show each HTTP exchange on stderr (secrets masked)'
            cand --verbose 'Show each HTTP exchange on stderr (secrets masked)'
            cand --pretty 'Ask the server for indented JSON'
            cand --envelope 'Ask the server to wrap responses in {status, content}'
            cand -h 'Print help'
            cand --help 'Print help'
            cand pager-duty 'Create or replace the PagerDuty integration (PAGER_DUTY)'
            cand slack 'Create or replace the Slack integration (SLACK)'
            cand datadog 'Create or replace the Datadog integration (DATADOG)'
            cand hip-chat 'Create or replace the HipChat integration (HIP_CHAT)'
            cand ops-genie 'Create or replace the Opsgenie integration (OPS_GENIE)'
            cand victor-ops 'Create or replace the VictorOps integration (VICTOR_OPS)'
            cand webhook 'Create or replace the Webhook integration (WEBHOOK)'
            cand microsoft-teams 'Create or replace the Microsoft Teams integration (MICROSOFT_TEAMS)'
            cand prometheus 'Create or replace the Prometheus integration (PROMETHEUS)'
            cand new-relic 'Create or replace the New Relic integration (NEW_RELIC)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omi;update;pager-duty'= {
            cand --service-key 'PagerDuty integration key [required]; ''-'' reads it from stdin, ''@PATH'' from a file'
            cand --field 'A field omi''s table does not know, sent as given; VALUE is JSON when it parses, else a string (repeatable)'
            cand --base-url 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]'
            cand --public-key 'Public API key [env: OMI_PUBLIC_KEY]'
            cand --private-key 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]'
            cand --project-id 'Project (group) id, 24 hex characters; repeatable for apply [env: OMI_PROJECT_ID]'
            cand --profile 'Profile in the config file [env: OMI_PROFILE] [default: default]'
            cand --ca-cert 'Also trust this PEM certificate authority (private Ops Manager CA)'
            cand --page-num 'Page of results to return, from 1'
            cand --items-per-page 'Results per page, 1 to 500'
            cand --timeout 'Give up on a request after this many seconds [default: 30]'
            cand --retries 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]'
            cand --max-wait 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]'
            cand --insecure 'Skip TLS certificate verification (unsafe; prints a warning)'
            cand --json 'Print the response body as received, for jq and scripts'
            cand --dry-run 'Print what would be sent, secrets masked, and send nothing'
            cand -v 'Show each HTTP exchange on stderr (secrets masked)'
            cand --verbose 'Show each HTTP exchange on stderr (secrets masked)'
            cand --pretty 'Ask the server for indented JSON'
            cand --envelope 'Ask the server to wrap responses in {status, content}'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'omi;update;slack'= {
            cand --api-token 'Slack API token [required]; ''-'' reads it from stdin, ''@PATH'' from a file'
            cand --team-name 'Slack team name [required]'
            cand --channel-name 'Slack channel to post to'
            cand --field 'A field omi''s table does not know, sent as given; VALUE is JSON when it parses, else a string (repeatable)'
            cand --base-url 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]'
            cand --public-key 'Public API key [env: OMI_PUBLIC_KEY]'
            cand --private-key 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]'
            cand --project-id 'Project (group) id, 24 hex characters; repeatable for apply [env: OMI_PROJECT_ID]'
            cand --profile 'Profile in the config file [env: OMI_PROFILE] [default: default]'
            cand --ca-cert 'Also trust this PEM certificate authority (private Ops Manager CA)'
            cand --page-num 'Page of results to return, from 1'
            cand --items-per-page 'Results per page, 1 to 500'
            cand --timeout 'Give up on a request after this many seconds [default: 30]'
            cand --retries 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]'
            cand --max-wait 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]'
            cand --insecure 'Skip TLS certificate verification (unsafe; prints a warning)'
            cand --json 'Print the response body as received, for jq and scripts'
            cand --dry-run 'Print what would be sent, secrets masked, and send nothing'
            cand -v 'Show each HTTP exchange on stderr (secrets masked)'
            cand --verbose 'Show each HTTP exchange on stderr (secrets masked)'
            cand --pretty 'Ask the server for indented JSON'
            cand --envelope 'Ask the server to wrap responses in {status, content}'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'omi;update;datadog'= {
            cand --api-key 'Datadog API key [required]; ''-'' reads it from stdin, ''@PATH'' from a file'
            cand --region 'Datadog site region'
            cand --field 'A field omi''s table does not know, sent as given; VALUE is JSON when it parses, else a string (repeatable)'
            cand --base-url 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]'
            cand --public-key 'Public API key [env: OMI_PUBLIC_KEY]'
            cand --private-key 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]'
            cand --project-id 'Project (group) id, 24 hex characters; repeatable for apply [env: OMI_PROJECT_ID]'
            cand --profile 'Profile in the config file [env: OMI_PROFILE] [default: default]'
            cand --ca-cert 'Also trust this PEM certificate authority (private Ops Manager CA)'
            cand --page-num 'Page of results to return, from 1'
            cand --items-per-page 'Results per page, 1 to 500'
            cand --timeout 'Give up on a request after this many seconds [default: 30]'
            cand --retries 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]'
            cand --max-wait 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]'
            cand --insecure 'Skip TLS certificate verification (unsafe; prints a warning)'
            cand --json 'Print the response body as received, for jq and scripts'
            cand --dry-run 'Print what would be sent, secrets masked, and send nothing'
            cand -v 'Show each HTTP exchange on stderr (secrets masked)'
            cand --verbose 'Show each HTTP exchange on stderr (secrets masked)'
            cand --pretty 'Ask the server for indented JSON'
            cand --envelope 'Ask the server to wrap responses in {status, content}'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'omi;update;hip-chat'= {
            cand --notification-token 'HipChat notification token [required]; ''-'' reads it from stdin, ''@PATH'' from a file'
            cand --room-name 'HipChat room name [required]'
            cand --field 'A field omi''s table does not know, sent as given; VALUE is JSON when it parses, else a string (repeatable)'
            cand --base-url 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]'
            cand --public-key 'Public API key [env: OMI_PUBLIC_KEY]'
            cand --private-key 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]'
            cand --project-id 'Project (group) id, 24 hex characters; repeatable for apply [env: OMI_PROJECT_ID]'
            cand --profile 'Profile in the config file [env: OMI_PROFILE] [default: default]'
            cand --ca-cert 'Also trust this PEM certificate authority (private Ops Manager CA)'
            cand --page-num 'Page of results to return, from 1'
            cand --items-per-page 'Results per page, 1 to 500'
            cand --timeout 'Give up on a request after this many seconds [default: 30]'
            cand --retries 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]'
            cand --max-wait 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]'
            cand --insecure 'Skip TLS certificate verification (unsafe; prints a warning)'
            cand --json 'Print the response body as received, for jq and scripts'
            cand --dry-run 'Print what would be sent, secrets masked, and send nothing'
            cand -v 'Show each HTTP exchange on stderr (secrets masked)'
            cand --verbose 'Show each HTTP exchange on stderr (secrets masked)'
            cand --pretty 'Ask the server for indented JSON'
            cand --envelope 'Ask the server to wrap responses in {status, content}'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'omi;update;ops-genie'= {
            cand --api-key 'Opsgenie API key [required]; ''-'' reads it from stdin, ''@PATH'' from a file'
            cand --region 'Opsgenie API region [required]'
            cand --field 'A field omi''s table does not know, sent as given; VALUE is JSON when it parses, else a string (repeatable)'
            cand --base-url 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]'
            cand --public-key 'Public API key [env: OMI_PUBLIC_KEY]'
            cand --private-key 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]'
            cand --project-id 'Project (group) id, 24 hex characters; repeatable for apply [env: OMI_PROJECT_ID]'
            cand --profile 'Profile in the config file [env: OMI_PROFILE] [default: default]'
            cand --ca-cert 'Also trust this PEM certificate authority (private Ops Manager CA)'
            cand --page-num 'Page of results to return, from 1'
            cand --items-per-page 'Results per page, 1 to 500'
            cand --timeout 'Give up on a request after this many seconds [default: 30]'
            cand --retries 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]'
            cand --max-wait 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]'
            cand --insecure 'Skip TLS certificate verification (unsafe; prints a warning)'
            cand --json 'Print the response body as received, for jq and scripts'
            cand --dry-run 'Print what would be sent, secrets masked, and send nothing'
            cand -v 'Show each HTTP exchange on stderr (secrets masked)'
            cand --verbose 'Show each HTTP exchange on stderr (secrets masked)'
            cand --pretty 'Ask the server for indented JSON'
            cand --envelope 'Ask the server to wrap responses in {status, content}'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'omi;update;victor-ops'= {
            cand --api-key 'VictorOps API key [required]; ''-'' reads it from stdin, ''@PATH'' from a file'
            cand --routing-key 'VictorOps routing key; ''-'' reads it from stdin, ''@PATH'' from a file'
            cand --field 'A field omi''s table does not know, sent as given; VALUE is JSON when it parses, else a string (repeatable)'
            cand --base-url 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]'
            cand --public-key 'Public API key [env: OMI_PUBLIC_KEY]'
            cand --private-key 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]'
            cand --project-id 'Project (group) id, 24 hex characters; repeatable for apply [env: OMI_PROJECT_ID]'
            cand --profile 'Profile in the config file [env: OMI_PROFILE] [default: default]'
            cand --ca-cert 'Also trust this PEM certificate authority (private Ops Manager CA)'
            cand --page-num 'Page of results to return, from 1'
            cand --items-per-page 'Results per page, 1 to 500'
            cand --timeout 'Give up on a request after this many seconds [default: 30]'
            cand --retries 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]'
            cand --max-wait 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]'
            cand --insecure 'Skip TLS certificate verification (unsafe; prints a warning)'
            cand --json 'Print the response body as received, for jq and scripts'
            cand --dry-run 'Print what would be sent, secrets masked, and send nothing'
            cand -v 'Show each HTTP exchange on stderr (secrets masked)'
            cand --verbose 'Show each HTTP exchange on stderr (secrets masked)'
            cand --pretty 'Ask the server for indented JSON'
            cand --envelope 'Ask the server to wrap responses in {status, content}'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'omi;update;webhook'= {
            cand --url 'Webhook URL that receives alerts [required]; ''-'' reads it from stdin, ''@PATH'' from a file'
            cand --secret 'Secret used to sign webhook requests; ''-'' reads it from stdin, ''@PATH'' from a file'
            cand --field 'A field omi''s table does not know, sent as given; VALUE is JSON when it parses, else a string (repeatable)'
            cand --base-url 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]'
            cand --public-key 'Public API key [env: OMI_PUBLIC_KEY]'
            cand --private-key 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]'
            cand --project-id 'Project (group) id, 24 hex characters; repeatable for apply [env: OMI_PROJECT_ID]'
            cand --profile 'Profile in the config file [env: OMI_PROFILE] [default: default]'
            cand --ca-cert 'Also trust this PEM certificate authority (private Ops Manager CA)'
            cand --page-num 'Page of results to return, from 1'
            cand --items-per-page 'Results per page, 1 to 500'
            cand --timeout 'Give up on a request after this many seconds [default: 30]'
            cand --retries 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]'
            cand --max-wait 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]'
            cand --insecure 'Skip TLS certificate verification (unsafe; prints a warning)'
            cand --json 'Print the response body as received, for jq and scripts'
            cand --dry-run 'Print what would be sent, secrets masked, and send nothing'
            cand -v 'Show each HTTP exchange on stderr (secrets masked)'
            cand --verbose 'Show each HTTP exchange on stderr (secrets masked)'
            cand --pretty 'Ask the server for indented JSON'
            cand --envelope 'Ask the server to wrap responses in {status, content}'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'omi;update;microsoft-teams'= {
            cand --webhook-url 'Microsoft Teams incoming webhook URL [required]; ''-'' reads it from stdin, ''@PATH'' from a file'
            cand --field 'A field omi''s table does not know, sent as given; VALUE is JSON when it parses, else a string (repeatable)'
            cand --base-url 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]'
            cand --public-key 'Public API key [env: OMI_PUBLIC_KEY]'
            cand --private-key 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]'
            cand --project-id 'Project (group) id, 24 hex characters; repeatable for apply [env: OMI_PROJECT_ID]'
            cand --profile 'Profile in the config file [env: OMI_PROFILE] [default: default]'
            cand --ca-cert 'Also trust this PEM certificate authority (private Ops Manager CA)'
            cand --page-num 'Page of results to return, from 1'
            cand --items-per-page 'Results per page, 1 to 500'
            cand --timeout 'Give up on a request after this many seconds [default: 30]'
            cand --retries 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]'
            cand --max-wait 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]'
            cand --insecure 'Skip TLS certificate verification (unsafe; prints a warning)'
            cand --json 'Print the response body as received, for jq and scripts'
            cand --dry-run 'Print what would be sent, secrets masked, and send nothing'
            cand -v 'Show each HTTP exchange on stderr (secrets masked)'
            cand --verbose 'Show each HTTP exchange on stderr (secrets masked)'
            cand --pretty 'Ask the server for indented JSON'
            cand --envelope 'Ask the server to wrap responses in {status, content}'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'omi;update;prometheus'= {
            cand --username 'Prometheus username [required]'
            cand --password 'Prometheus password [required]; ''-'' reads it from stdin, ''@PATH'' from a file'
            cand --listen-address 'host:port Prometheus will scrape [required]'
            cand --service-discovery 'Service discovery method [required]'
            cand --scheme 'Protocol scheme Prometheus uses [required]'
            cand --enabled 'Whether Prometheus is enabled [required]'
            cand --tls-pem-path 'Absolute path to the PEM file on the Ops Manager host'
            cand --tls-pem-password 'Password of the PEM file; ''-'' reads it from stdin, ''@PATH'' from a file'
            cand --field 'A field omi''s table does not know, sent as given; VALUE is JSON when it parses, else a string (repeatable)'
            cand --base-url 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]'
            cand --public-key 'Public API key [env: OMI_PUBLIC_KEY]'
            cand --private-key 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]'
            cand --project-id 'Project (group) id, 24 hex characters; repeatable for apply [env: OMI_PROJECT_ID]'
            cand --profile 'Profile in the config file [env: OMI_PROFILE] [default: default]'
            cand --ca-cert 'Also trust this PEM certificate authority (private Ops Manager CA)'
            cand --page-num 'Page of results to return, from 1'
            cand --items-per-page 'Results per page, 1 to 500'
            cand --timeout 'Give up on a request after this many seconds [default: 30]'
            cand --retries 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]'
            cand --max-wait 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]'
            cand --insecure 'Skip TLS certificate verification (unsafe; prints a warning)'
            cand --json 'Print the response body as received, for jq and scripts'
            cand --dry-run 'Print what would be sent, secrets masked, and send nothing'
            cand -v 'Show each HTTP exchange on stderr (secrets masked)'
            cand --verbose 'Show each HTTP exchange on stderr (secrets masked)'
            cand --pretty 'Ask the server for indented JSON'
            cand --envelope 'Ask the server to wrap responses in {status, content}'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'omi;update;new-relic'= {
            cand --license-key 'New Relic license key [required]; ''-'' reads it from stdin, ''@PATH'' from a file'
            cand --account-id 'New Relic account id [required]'
            cand --write-token 'New Relic insights write token [required]; ''-'' reads it from stdin, ''@PATH'' from a file'
            cand --read-token 'New Relic insights read token [required]; ''-'' reads it from stdin, ''@PATH'' from a file'
            cand --field 'A field omi''s table does not know, sent as given; VALUE is JSON when it parses, else a string (repeatable)'
            cand --base-url 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]'
            cand --public-key 'Public API key [env: OMI_PUBLIC_KEY]'
            cand --private-key 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]'
            cand --project-id 'Project (group) id, 24 hex characters; repeatable for apply [env: OMI_PROJECT_ID]'
            cand --profile 'Profile in the config file [env: OMI_PROFILE] [default: default]'
            cand --ca-cert 'Also trust this PEM certificate authority (private Ops Manager CA)'
            cand --page-num 'Page of results to return, from 1'
            cand --items-per-page 'Results per page, 1 to 500'
            cand --timeout 'Give up on a request after this many seconds [default: 30]'
            cand --retries 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]'
            cand --max-wait 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]'
            cand --insecure 'Skip TLS certificate verification (unsafe; prints a warning)'
            cand --json 'Print the response body as received, for jq and scripts'
            cand --dry-run 'Print what would be sent, secrets masked, and send nothing'
            cand -v 'Show each HTTP exchange on stderr (secrets masked)'
            cand --verbose 'Show each HTTP exchange on stderr (secrets masked)'
            cand --pretty 'Ask the server for indented JSON'
            cand --envelope 'Ask the server to wrap responses in {status, content}'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'omi;update;help'= {
            cand pager-duty 'Create or replace the PagerDuty integration (PAGER_DUTY)'
            cand slack 'Create or replace the Slack integration (SLACK)'
            cand datadog 'Create or replace the Datadog integration (DATADOG)'
            cand hip-chat 'Create or replace the HipChat integration (HIP_CHAT)'
            cand ops-genie 'Create or replace the Opsgenie integration (OPS_GENIE)'
            cand victor-ops 'Create or replace the VictorOps integration (VICTOR_OPS)'
            cand webhook 'Create or replace the Webhook integration (WEBHOOK)'
            cand microsoft-teams 'Create or replace the Microsoft Teams integration (MICROSOFT_TEAMS)'
            cand prometheus 'Create or replace the Prometheus integration (PROMETHEUS)'
            cand new-relic 'Create or replace the New Relic integration (NEW_RELIC)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omi;update;help;pager-duty'= {
        }
        &'omi;update;help;slack'= {
        }
        &'omi;update;help;datadog'= {
        }
        &'omi;update;help;hip-chat'= {
        }
        &'omi;update;help;ops-genie'= {
        }
        &'omi;update;help;victor-ops'= {
        }
        &'omi;update;help;webhook'= {
        }
        &'omi;update;help;microsoft-teams'= {
        }
        &'omi;update;help;prometheus'= {
        }
        &'omi;update;help;new-relic'= {
        }
        &'omi;update;help;help'= {
        }
        &'omi;list'= {
            cand --base-url 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]'
            cand --public-key 'Public API key [env: OMI_PUBLIC_KEY]'
            cand --private-key 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]'
            cand --project-id 'Project (group) id, 24 hex characters; repeatable for apply [env: OMI_PROJECT_ID]'
            cand --profile 'Profile in the config file [env: OMI_PROFILE] [default: default]'
            cand --ca-cert 'Also trust this PEM certificate authority (private Ops Manager CA)'
            cand --page-num 'Page of results to return, from 1'
            cand --items-per-page 'Results per page, 1 to 500'
            cand --timeout 'Give up on a request after this many seconds [default: 30]'
            cand --retries 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]'
            cand --max-wait 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]'
            cand --insecure 'Skip TLS certificate verification (unsafe; prints a warning)'
            cand --json 'Print the response body as received, for jq and scripts'
            cand --dry-run 'Print what would be sent, secrets masked, and send nothing'
            cand -v 'Show each HTTP exchange on stderr (secrets masked)'
            cand --verbose 'Show each HTTP exchange on stderr (secrets masked)'
            cand --pretty 'Ask the server for indented JSON'
            cand --envelope 'Ask the server to wrap responses in {status, content}'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'omi;get'= {
            cand --base-url 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]'
            cand --public-key 'Public API key [env: OMI_PUBLIC_KEY]'
            cand --private-key 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]'
            cand --project-id 'Project (group) id, 24 hex characters; repeatable for apply [env: OMI_PROJECT_ID]'
            cand --profile 'Profile in the config file [env: OMI_PROFILE] [default: default]'
            cand --ca-cert 'Also trust this PEM certificate authority (private Ops Manager CA)'
            cand --page-num 'Page of results to return, from 1'
            cand --items-per-page 'Results per page, 1 to 500'
            cand --timeout 'Give up on a request after this many seconds [default: 30]'
            cand --retries 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]'
            cand --max-wait 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]'
            cand --insecure 'Skip TLS certificate verification (unsafe; prints a warning)'
            cand --json 'Print the response body as received, for jq and scripts'
            cand --dry-run 'Print what would be sent, secrets masked, and send nothing'
            cand -v 'Show each HTTP exchange on stderr (secrets masked)'
            cand --verbose 'Show each HTTP exchange on stderr (secrets masked)'
            cand --pretty 'Ask the server for indented JSON'
            cand --envelope 'Ask the server to wrap responses in {status, content}'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'omi;delete'= {
            cand --base-url 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]'
            cand --public-key 'Public API key [env: OMI_PUBLIC_KEY]'
            cand --private-key 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]'
            cand --project-id 'Project (group) id, 24 hex characters; repeatable for apply [env: OMI_PROJECT_ID]'
            cand --profile 'Profile in the config file [env: OMI_PROFILE] [default: default]'
            cand --ca-cert 'Also trust this PEM certificate authority (private Ops Manager CA)'
            cand --page-num 'Page of results to return, from 1'
            cand --items-per-page 'Results per page, 1 to 500'
            cand --timeout 'Give up on a request after this many seconds [default: 30]'
            cand --retries 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]'
            cand --max-wait 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]'
            cand -y 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand --yes 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand --insecure 'Skip TLS certificate verification (unsafe; prints a warning)'
            cand --json 'Print the response body as received, for jq and scripts'
            cand --dry-run 'Print what would be sent, secrets masked, and send nothing'
            cand -v 'Show each HTTP exchange on stderr (secrets masked)'
            cand --verbose 'Show each HTTP exchange on stderr (secrets masked)'
            cand --pretty 'Ask the server for indented JSON'
            cand --envelope 'Ask the server to wrap responses in {status, content}'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'omi;apply'= {
            cand -f 'Desired integrations, JSON or TOML (by extension)'
            cand --file 'Desired integrations, JSON or TOML (by extension)'
            cand --concurrency 'Projects worked on at once'
            cand --base-url 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]'
            cand --public-key 'Public API key [env: OMI_PUBLIC_KEY]'
            cand --private-key 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]'
            cand --project-id 'Project (group) id, 24 hex characters; repeatable for apply [env: OMI_PROJECT_ID]'
            cand --profile 'Profile in the config file [env: OMI_PROFILE] [default: default]'
            cand --ca-cert 'Also trust this PEM certificate authority (private Ops Manager CA)'
            cand --page-num 'Page of results to return, from 1'
            cand --items-per-page 'Results per page, 1 to 500'
            cand --timeout 'Give up on a request after this many seconds [default: 30]'
            cand --retries 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]'
            cand --max-wait 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]'
            cand --all-projects 'Target every project the key can see'
            cand --prune 'Delete integrations the file does not declare'
            cand --force 'Replace every declared integration, even if it looks unchanged'
            cand -y 'Do not ask before --prune deletes (required when stdin is not a terminal)'
            cand --yes 'Do not ask before --prune deletes (required when stdin is not a terminal)'
            cand --exit-code 'With --dry-run: exit 7 when changes are pending, 0 when none (for CI drift checks)'
            cand --all-rows 'List unchanged rows too (a terminal shows only what changes, fails or cannot be verified)'
            cand --insecure 'Skip TLS certificate verification (unsafe; prints a warning)'
            cand --json 'Print the response body as received, for jq and scripts'
            cand --dry-run 'Print what would be sent, secrets masked, and send nothing'
            cand -v 'Show each HTTP exchange on stderr (secrets masked)'
            cand --verbose 'Show each HTTP exchange on stderr (secrets masked)'
            cand --pretty 'Ask the server for indented JSON'
            cand --envelope 'Ask the server to wrap responses in {status, content}'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'omi;config'= {
            cand --base-url 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]'
            cand --public-key 'Public API key [env: OMI_PUBLIC_KEY]'
            cand --private-key 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]'
            cand --project-id 'Project (group) id, 24 hex characters; repeatable for apply [env: OMI_PROJECT_ID]'
            cand --profile 'Profile in the config file [env: OMI_PROFILE] [default: default]'
            cand --ca-cert 'Also trust this PEM certificate authority (private Ops Manager CA)'
            cand --page-num 'Page of results to return, from 1'
            cand --items-per-page 'Results per page, 1 to 500'
            cand --timeout 'Give up on a request after this many seconds [default: 30]'
            cand --retries 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]'
            cand --max-wait 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]'
            cand --insecure 'Skip TLS certificate verification (unsafe; prints a warning)'
            cand --json 'Print the response body as received, for jq and scripts'
            cand --dry-run 'Print what would be sent, secrets masked, and send nothing'
            cand -v 'Show each HTTP exchange on stderr (secrets masked)'
            cand --verbose 'Show each HTTP exchange on stderr (secrets masked)'
            cand --pretty 'Ask the server for indented JSON'
            cand --envelope 'Ask the server to wrap responses in {status, content}'
            cand -h 'Print help'
            cand --help 'Print help'
            cand set 'Set a key in a profile (file mode 0600)'
            cand show 'Show a profile, secrets masked'
            cand path 'Print the config file''s path'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omi;config;set'= {
            cand --base-url 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]'
            cand --public-key 'Public API key [env: OMI_PUBLIC_KEY]'
            cand --private-key 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]'
            cand --project-id 'Project (group) id, 24 hex characters; repeatable for apply [env: OMI_PROJECT_ID]'
            cand --profile 'Profile in the config file [env: OMI_PROFILE] [default: default]'
            cand --ca-cert 'Also trust this PEM certificate authority (private Ops Manager CA)'
            cand --page-num 'Page of results to return, from 1'
            cand --items-per-page 'Results per page, 1 to 500'
            cand --timeout 'Give up on a request after this many seconds [default: 30]'
            cand --retries 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]'
            cand --max-wait 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]'
            cand --insecure 'Skip TLS certificate verification (unsafe; prints a warning)'
            cand --json 'Print the response body as received, for jq and scripts'
            cand --dry-run 'Print what would be sent, secrets masked, and send nothing'
            cand -v 'Show each HTTP exchange on stderr (secrets masked)'
            cand --verbose 'Show each HTTP exchange on stderr (secrets masked)'
            cand --pretty 'Ask the server for indented JSON'
            cand --envelope 'Ask the server to wrap responses in {status, content}'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'omi;config;show'= {
            cand --base-url 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]'
            cand --public-key 'Public API key [env: OMI_PUBLIC_KEY]'
            cand --private-key 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]'
            cand --project-id 'Project (group) id, 24 hex characters; repeatable for apply [env: OMI_PROJECT_ID]'
            cand --profile 'Profile in the config file [env: OMI_PROFILE] [default: default]'
            cand --ca-cert 'Also trust this PEM certificate authority (private Ops Manager CA)'
            cand --page-num 'Page of results to return, from 1'
            cand --items-per-page 'Results per page, 1 to 500'
            cand --timeout 'Give up on a request after this many seconds [default: 30]'
            cand --retries 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]'
            cand --max-wait 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]'
            cand --effective 'Show the settings a command would use (flags, OMI_*, MCLI_*, profile) and where each comes from'
            cand --insecure 'Skip TLS certificate verification (unsafe; prints a warning)'
            cand --json 'Print the response body as received, for jq and scripts'
            cand --dry-run 'Print what would be sent, secrets masked, and send nothing'
            cand -v 'Show each HTTP exchange on stderr (secrets masked)'
            cand --verbose 'Show each HTTP exchange on stderr (secrets masked)'
            cand --pretty 'Ask the server for indented JSON'
            cand --envelope 'Ask the server to wrap responses in {status, content}'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'omi;config;path'= {
            cand --base-url 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]'
            cand --public-key 'Public API key [env: OMI_PUBLIC_KEY]'
            cand --private-key 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]'
            cand --project-id 'Project (group) id, 24 hex characters; repeatable for apply [env: OMI_PROJECT_ID]'
            cand --profile 'Profile in the config file [env: OMI_PROFILE] [default: default]'
            cand --ca-cert 'Also trust this PEM certificate authority (private Ops Manager CA)'
            cand --page-num 'Page of results to return, from 1'
            cand --items-per-page 'Results per page, 1 to 500'
            cand --timeout 'Give up on a request after this many seconds [default: 30]'
            cand --retries 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]'
            cand --max-wait 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]'
            cand --insecure 'Skip TLS certificate verification (unsafe; prints a warning)'
            cand --json 'Print the response body as received, for jq and scripts'
            cand --dry-run 'Print what would be sent, secrets masked, and send nothing'
            cand -v 'Show each HTTP exchange on stderr (secrets masked)'
            cand --verbose 'Show each HTTP exchange on stderr (secrets masked)'
            cand --pretty 'Ask the server for indented JSON'
            cand --envelope 'Ask the server to wrap responses in {status, content}'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'omi;config;help'= {
            cand set 'Set a key in a profile (file mode 0600)'
            cand show 'Show a profile, secrets masked'
            cand path 'Print the config file''s path'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omi;config;help;set'= {
        }
        &'omi;config;help;show'= {
        }
        &'omi;config;help;path'= {
        }
        &'omi;config;help;help'= {
        }
        &'omi;completions'= {
            cand --base-url 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]'
            cand --public-key 'Public API key [env: OMI_PUBLIC_KEY]'
            cand --private-key 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]'
            cand --project-id 'Project (group) id, 24 hex characters; repeatable for apply [env: OMI_PROJECT_ID]'
            cand --profile 'Profile in the config file [env: OMI_PROFILE] [default: default]'
            cand --ca-cert 'Also trust this PEM certificate authority (private Ops Manager CA)'
            cand --page-num 'Page of results to return, from 1'
            cand --items-per-page 'Results per page, 1 to 500'
            cand --timeout 'Give up on a request after this many seconds [default: 30]'
            cand --retries 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]'
            cand --max-wait 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]'
            cand --insecure 'Skip TLS certificate verification (unsafe; prints a warning)'
            cand --json 'Print the response body as received, for jq and scripts'
            cand --dry-run 'Print what would be sent, secrets masked, and send nothing'
            cand -v 'Show each HTTP exchange on stderr (secrets masked)'
            cand --verbose 'Show each HTTP exchange on stderr (secrets masked)'
            cand --pretty 'Ask the server for indented JSON'
            cand --envelope 'Ask the server to wrap responses in {status, content}'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'omi;man'= {
            cand --base-url 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]'
            cand --public-key 'Public API key [env: OMI_PUBLIC_KEY]'
            cand --private-key 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]'
            cand --project-id 'Project (group) id, 24 hex characters; repeatable for apply [env: OMI_PROJECT_ID]'
            cand --profile 'Profile in the config file [env: OMI_PROFILE] [default: default]'
            cand --ca-cert 'Also trust this PEM certificate authority (private Ops Manager CA)'
            cand --page-num 'Page of results to return, from 1'
            cand --items-per-page 'Results per page, 1 to 500'
            cand --timeout 'Give up on a request after this many seconds [default: 30]'
            cand --retries 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]'
            cand --max-wait 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]'
            cand --insecure 'Skip TLS certificate verification (unsafe; prints a warning)'
            cand --json 'Print the response body as received, for jq and scripts'
            cand --dry-run 'Print what would be sent, secrets masked, and send nothing'
            cand -v 'Show each HTTP exchange on stderr (secrets masked)'
            cand --verbose 'Show each HTTP exchange on stderr (secrets masked)'
            cand --pretty 'Ask the server for indented JSON'
            cand --envelope 'Ask the server to wrap responses in {status, content}'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'omi;help'= {
            cand create 'Create an integration (POST); fails if the type is already configured'
            cand update 'Create or replace an integration (PUT)'
            cand list 'List the project''s integrations'
            cand get 'Show one integration'
            cand delete 'Delete an integration'
            cand apply 'Converge projects to the integrations declared in a file'
            cand config 'Read and write the config file'
            cand completions 'Print a shell completion script'
            cand man 'Print the man page (roff)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'omi;help;create'= {
            cand pager-duty 'Create the PagerDuty integration (PAGER_DUTY)'
            cand slack 'Create the Slack integration (SLACK)'
            cand datadog 'Create the Datadog integration (DATADOG)'
            cand hip-chat 'Create the HipChat integration (HIP_CHAT)'
            cand ops-genie 'Create the Opsgenie integration (OPS_GENIE)'
            cand victor-ops 'Create the VictorOps integration (VICTOR_OPS)'
            cand webhook 'Create the Webhook integration (WEBHOOK)'
            cand microsoft-teams 'Create the Microsoft Teams integration (MICROSOFT_TEAMS)'
            cand prometheus 'Create the Prometheus integration (PROMETHEUS)'
            cand new-relic 'Create the New Relic integration (NEW_RELIC)'
        }
        &'omi;help;create;pager-duty'= {
        }
        &'omi;help;create;slack'= {
        }
        &'omi;help;create;datadog'= {
        }
        &'omi;help;create;hip-chat'= {
        }
        &'omi;help;create;ops-genie'= {
        }
        &'omi;help;create;victor-ops'= {
        }
        &'omi;help;create;webhook'= {
        }
        &'omi;help;create;microsoft-teams'= {
        }
        &'omi;help;create;prometheus'= {
        }
        &'omi;help;create;new-relic'= {
        }
        &'omi;help;update'= {
            cand pager-duty 'Create or replace the PagerDuty integration (PAGER_DUTY)'
            cand slack 'Create or replace the Slack integration (SLACK)'
            cand datadog 'Create or replace the Datadog integration (DATADOG)'
            cand hip-chat 'Create or replace the HipChat integration (HIP_CHAT)'
            cand ops-genie 'Create or replace the Opsgenie integration (OPS_GENIE)'
            cand victor-ops 'Create or replace the VictorOps integration (VICTOR_OPS)'
            cand webhook 'Create or replace the Webhook integration (WEBHOOK)'
            cand microsoft-teams 'Create or replace the Microsoft Teams integration (MICROSOFT_TEAMS)'
            cand prometheus 'Create or replace the Prometheus integration (PROMETHEUS)'
            cand new-relic 'Create or replace the New Relic integration (NEW_RELIC)'
        }
        &'omi;help;update;pager-duty'= {
        }
        &'omi;help;update;slack'= {
        }
        &'omi;help;update;datadog'= {
        }
        &'omi;help;update;hip-chat'= {
        }
        &'omi;help;update;ops-genie'= {
        }
        &'omi;help;update;victor-ops'= {
        }
        &'omi;help;update;webhook'= {
        }
        &'omi;help;update;microsoft-teams'= {
        }
        &'omi;help;update;prometheus'= {
        }
        &'omi;help;update;new-relic'= {
        }
        &'omi;help;list'= {
        }
        &'omi;help;get'= {
        }
        &'omi;help;delete'= {
        }
        &'omi;help;apply'= {
        }
        &'omi;help;config'= {
            cand set 'Set a key in a profile (file mode 0600)'
            cand show 'Show a profile, secrets masked'
            cand path 'Print the config file''s path'
        }
        &'omi;help;config;set'= {
        }
        &'omi;help;config;show'= {
        }
        &'omi;help;config;path'= {
        }
        &'omi;help;completions'= {
        }
        &'omi;help;man'= {
        }
        &'omi;help;help'= {
        }
    ]
    $completions[$command]
}
