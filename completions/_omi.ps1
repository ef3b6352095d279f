
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'omi' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'omi'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'omi' {
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Public API key [env: OMI_PUBLIC_KEY]')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]')
            [CompletionResult]::new('--project-id', '--project-id', [CompletionResultType]::ParameterName, 'Project (group) id, 24 hex characters; repeatable for list, apply and export [env: OMI_PROJECT_ID]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project by name, instead of --project-id; repeatable where --project-id is')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: OMI_PROFILE] [default: default]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM certificate authority (private Ops Manager CA)')
            [CompletionResult]::new('--page-num', '--page-num', [CompletionResultType]::ParameterName, 'Page of results to return, from 1')
            [CompletionResult]::new('--items-per-page', '--items-per-page', [CompletionResultType]::ParameterName, 'Results per page, 1 to 500')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'Send at most N requests per second across all workers, digest challenges included [default: no limit]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification (unsafe; prints a warning)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response body as received, for jq and scripts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be sent, secrets masked, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Ask the server for indented JSON')
            [CompletionResult]::new('--envelope', '--envelope', [CompletionResultType]::ParameterName, 'Ask the server to wrap responses in {status, content}')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Do not keep or use the server''s digest nonce between runs (costs a challenge round trip per run) [env: OMI_NO_CACHE=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an integration (POST); fails if the type is already configured')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Create or replace an integration (PUT)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the project''s integrations, or which projects have which')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one integration')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an integration')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Converge projects to the integrations declared in a file')
            [CompletionResult]::new('projects', 'projects', [CompletionResultType]::ParameterValue, 'List the projects the key can see: id, name, organization')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write an apply file of the integrations the projects have now')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Print the JSON Schema of the apply file (draft 2020-12)')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Read and write the config file')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omi;create' {
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Public API key [env: OMI_PUBLIC_KEY]')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]')
            [CompletionResult]::new('--project-id', '--project-id', [CompletionResultType]::ParameterName, 'Project (group) id, 24 hex characters; repeatable for list, apply and export [env: OMI_PROJECT_ID]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project by name, instead of --project-id; repeatable where --project-id is')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: OMI_PROFILE] [default: default]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM certificate authority (private Ops Manager CA)')
            [CompletionResult]::new('--page-num', '--page-num', [CompletionResultType]::ParameterName, 'Page of results to return, from 1')
            [CompletionResult]::new('--items-per-page', '--items-per-page', [CompletionResultType]::ParameterName, 'Results per page, 1 to 500')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'Send at most N requests per second across all workers, digest challenges included [default: no limit]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification (unsafe; prints a warning)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response body as received, for jq and scripts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be sent, secrets masked, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Ask the server for indented JSON')
            [CompletionResult]::new('--envelope', '--envelope', [CompletionResultType]::ParameterName, 'Ask the server to wrap responses in {status, content}')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Do not keep or use the server''s digest nonce between runs (costs a challenge round trip per run) [env: OMI_NO_CACHE=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('pager-duty', 'pager-duty', [CompletionResultType]::ParameterValue, 'Create the PagerDuty integration')
            [CompletionResult]::new('PAGER_DUTY', 'PAGER_DUTY', [CompletionResultType]::ParameterValue, 'Create the PagerDuty integration')
            [CompletionResult]::new('slack', 'slack', [CompletionResultType]::ParameterValue, 'Create the Slack integration')
            [CompletionResult]::new('SLACK', 'SLACK', [CompletionResultType]::ParameterValue, 'Create the Slack integration')
            [CompletionResult]::new('datadog', 'datadog', [CompletionResultType]::ParameterValue, 'Create the Datadog integration')
            [CompletionResult]::new('DATADOG', 'DATADOG', [CompletionResultType]::ParameterValue, 'Create the Datadog integration')
            [CompletionResult]::new('hip-chat', 'hip-chat', [CompletionResultType]::ParameterValue, 'Create the HipChat integration')
            [CompletionResult]::new('HIP_CHAT', 'HIP_CHAT', [CompletionResultType]::ParameterValue, 'Create the HipChat integration')
            [CompletionResult]::new('ops-genie', 'ops-genie', [CompletionResultType]::ParameterValue, 'Create the Opsgenie integration')
            [CompletionResult]::new('OPS_GENIE', 'OPS_GENIE', [CompletionResultType]::ParameterValue, 'Create the Opsgenie integration')
            [CompletionResult]::new('victor-ops', 'victor-ops', [CompletionResultType]::ParameterValue, 'Create the VictorOps integration')
            [CompletionResult]::new('VICTOR_OPS', 'VICTOR_OPS', [CompletionResultType]::ParameterValue, 'Create the VictorOps integration')
            [CompletionResult]::new('webhook', 'webhook', [CompletionResultType]::ParameterValue, 'Create the Webhook integration')
            [CompletionResult]::new('WEBHOOK', 'WEBHOOK', [CompletionResultType]::ParameterValue, 'Create the Webhook integration')
            [CompletionResult]::new('microsoft-teams', 'microsoft-teams', [CompletionResultType]::ParameterValue, 'Create the Microsoft Teams integration')
            [CompletionResult]::new('MICROSOFT_TEAMS', 'MICROSOFT_TEAMS', [CompletionResultType]::ParameterValue, 'Create the Microsoft Teams integration')
            [CompletionResult]::new('prometheus', 'prometheus', [CompletionResultType]::ParameterValue, 'Create the Prometheus integration')
            [CompletionResult]::new('PROMETHEUS', 'PROMETHEUS', [CompletionResultType]::ParameterValue, 'Create the Prometheus integration')
            [CompletionResult]::new('new-relic', 'new-relic', [CompletionResultType]::ParameterValue, 'Create the New Relic integration')
            [CompletionResult]::new('NEW_RELIC', 'NEW_RELIC', [CompletionResultType]::ParameterValue, 'Create the New Relic integration')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omi;create;pager-duty' {
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Public API key [env: OMI_PUBLIC_KEY]')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]')
            [CompletionResult]::new('--project-id', '--project-id', [CompletionResultType]::ParameterName, 'Project (group) id, 24 hex characters; repeatable for list, apply and export [env: OMI_PROJECT_ID]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project by name, instead of --project-id; repeatable where --project-id is')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: OMI_PROFILE] [default: default]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM certificate authority (private Ops Manager CA)')
            [CompletionResult]::new('--page-num', '--page-num', [CompletionResultType]::ParameterName, 'Page of results to return, from 1')
            [CompletionResult]::new('--items-per-page', '--items-per-page', [CompletionResultType]::ParameterName, 'Results per page, 1 to 500')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'Send at most N requests per second across all workers, digest challenges included [default: no limit]')
            [CompletionResult]::new('--service-key', '--service-key', [CompletionResultType]::ParameterName, 'PagerDuty integration key [required]; ''-'' reads it from stdin, ''@PATH'' from a file')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A field omi''s table does not know, sent as given; VALUE is JSON when it parses, else a string (repeatable)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification (unsafe; prints a warning)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response body as received, for jq and scripts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be sent, secrets masked, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Ask the server for indented JSON')
            [CompletionResult]::new('--envelope', '--envelope', [CompletionResultType]::ParameterName, 'Ask the server to wrap responses in {status, content}')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Do not keep or use the server''s digest nonce between runs (costs a challenge round trip per run) [env: OMI_NO_CACHE=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'omi;create;PAGER_DUTY' {
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Public API key [env: OMI_PUBLIC_KEY]')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]')
            [CompletionResult]::new('--project-id', '--project-id', [CompletionResultType]::ParameterName, 'Project (group) id, 24 hex characters; repeatable for list, apply and export [env: OMI_PROJECT_ID]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project by name, instead of --project-id; repeatable where --project-id is')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: OMI_PROFILE] [default: default]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM certificate authority (private Ops Manager CA)')
            [CompletionResult]::new('--page-num', '--page-num', [CompletionResultType]::ParameterName, 'Page of results to return, from 1')
            [CompletionResult]::new('--items-per-page', '--items-per-page', [CompletionResultType]::ParameterName, 'Results per page, 1 to 500')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'Send at most N requests per second across all workers, digest challenges included [default: no limit]')
            [CompletionResult]::new('--service-key', '--service-key', [CompletionResultType]::ParameterName, 'PagerDuty integration key [required]; ''-'' reads it from stdin, ''@PATH'' from a file')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A field omi''s table does not know, sent as given; VALUE is JSON when it parses, else a string (repeatable)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification (unsafe; prints a warning)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response body as received, for jq and scripts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be sent, secrets masked, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Ask the server for indented JSON')
            [CompletionResult]::new('--envelope', '--envelope', [CompletionResultType]::ParameterName, 'Ask the server to wrap responses in {status, content}')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Do not keep or use the server''s digest nonce between runs (costs a challenge round trip per run) [env: OMI_NO_CACHE=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'omi;create;slack' {
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Public API key [env: OMI_PUBLIC_KEY]')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]')
            [CompletionResult]::new('--project-id', '--project-id', [CompletionResultType]::ParameterName, 'Project (group) id, 24 hex characters; repeatable for list, apply and export [env: OMI_PROJECT_ID]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project by name, instead of --project-id; repeatable where --project-id is')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: OMI_PROFILE] [default: default]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM certificate authority (private Ops Manager CA)')
            [CompletionResult]::new('--page-num', '--page-num', [CompletionResultType]::ParameterName, 'Page of results to return, from 1')
            [CompletionResult]::new('--items-per-page', '--items-per-page', [CompletionResultType]::ParameterName, 'Results per page, 1 to 500')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'Send at most N requests per second across all workers, digest challenges included [default: no limit]')
            [CompletionResult]::new('--api-token', '--api-token', [CompletionResultType]::ParameterName, 'Slack API token [required]; ''-'' reads it from stdin, ''@PATH'' from a file')
            [CompletionResult]::new('--team-name', '--team-name', [CompletionResultType]::ParameterName, 'Slack team name [required]')
            [CompletionResult]::new('--channel-name', '--channel-name', [CompletionResultType]::ParameterName, 'Slack channel to post to')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A field omi''s table does not know, sent as given; VALUE is JSON when it parses, else a string (repeatable)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification (unsafe; prints a warning)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response body as received, for jq and scripts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be sent, secrets masked, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Ask the server for indented JSON')
            [CompletionResult]::new('--envelope', '--envelope', [CompletionResultType]::ParameterName, 'Ask the server to wrap responses in {status, content}')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Do not keep or use the server''s digest nonce between runs (costs a challenge round trip per run) [env: OMI_NO_CACHE=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'omi;create;SLACK' {
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Public API key [env: OMI_PUBLIC_KEY]')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]')
            [CompletionResult]::new('--project-id', '--project-id', [CompletionResultType]::ParameterName, 'Project (group) id, 24 hex characters; repeatable for list, apply and export [env: OMI_PROJECT_ID]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project by name, instead of --project-id; repeatable where --project-id is')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: OMI_PROFILE] [default: default]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM certificate authority (private Ops Manager CA)')
            [CompletionResult]::new('--page-num', '--page-num', [CompletionResultType]::ParameterName, 'Page of results to return, from 1')
            [CompletionResult]::new('--items-per-page', '--items-per-page', [CompletionResultType]::ParameterName, 'Results per page, 1 to 500')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'Send at most N requests per second across all workers, digest challenges included [default: no limit]')
            [CompletionResult]::new('--api-token', '--api-token', [CompletionResultType]::ParameterName, 'Slack API token [required]; ''-'' reads it from stdin, ''@PATH'' from a file')
            [CompletionResult]::new('--team-name', '--team-name', [CompletionResultType]::ParameterName, 'Slack team name [required]')
            [CompletionResult]::new('--channel-name', '--channel-name', [CompletionResultType]::ParameterName, 'Slack channel to post to')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A field omi''s table does not know, sent as given; VALUE is JSON when it parses, else a string (repeatable)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification (unsafe; prints a warning)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response body as received, for jq and scripts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be sent, secrets masked, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Ask the server for indented JSON')
            [CompletionResult]::new('--envelope', '--envelope', [CompletionResultType]::ParameterName, 'Ask the server to wrap responses in {status, content}')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Do not keep or use the server''s digest nonce between runs (costs a challenge round trip per run) [env: OMI_NO_CACHE=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'omi;create;datadog' {
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Public API key [env: OMI_PUBLIC_KEY]')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]')
            [CompletionResult]::new('--project-id', '--project-id', [CompletionResultType]::ParameterName, 'Project (group) id, 24 hex characters; repeatable for list, apply and export [env: OMI_PROJECT_ID]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project by name, instead of --project-id; repeatable where --project-id is')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: OMI_PROFILE] [default: default]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM certificate authority (private Ops Manager CA)')
            [CompletionResult]::new('--page-num', '--page-num', [CompletionResultType]::ParameterName, 'Page of results to return, from 1')
            [CompletionResult]::new('--items-per-page', '--items-per-page', [CompletionResultType]::ParameterName, 'Results per page, 1 to 500')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'Send at most N requests per second across all workers, digest challenges included [default: no limit]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'Datadog API key [required]; ''-'' reads it from stdin, ''@PATH'' from a file')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Datadog site region')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A field omi''s table does not know, sent as given; VALUE is JSON when it parses, else a string (repeatable)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification (unsafe; prints a warning)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response body as received, for jq and scripts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be sent, secrets masked, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Ask the server for indented JSON')
            [CompletionResult]::new('--envelope', '--envelope', [CompletionResultType]::ParameterName, 'Ask the server to wrap responses in {status, content}')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Do not keep or use the server''s digest nonce between runs (costs a challenge round trip per run) [env: OMI_NO_CACHE=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'omi;create;DATADOG' {
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Public API key [env: OMI_PUBLIC_KEY]')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]')
            [CompletionResult]::new('--project-id', '--project-id', [CompletionResultType]::ParameterName, 'Project (group) id, 24 hex characters; repeatable for list, apply and export [env: OMI_PROJECT_ID]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project by name, instead of --project-id; repeatable where --project-id is')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: OMI_PROFILE] [default: default]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM certificate authority (private Ops Manager CA)')
            [CompletionResult]::new('--page-num', '--page-num', [CompletionResultType]::ParameterName, 'Page of results to return, from 1')
            [CompletionResult]::new('--items-per-page', '--items-per-page', [CompletionResultType]::ParameterName, 'Results per page, 1 to 500')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'Send at most N requests per second across all workers, digest challenges included [default: no limit]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'Datadog API key [required]; ''-'' reads it from stdin, ''@PATH'' from a file')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Datadog site region')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A field omi''s table does not know, sent as given; VALUE is JSON when it parses, else a string (repeatable)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification (unsafe; prints a warning)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response body as received, for jq and scripts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be sent, secrets masked, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Ask the server for indented JSON')
            [CompletionResult]::new('--envelope', '--envelope', [CompletionResultType]::ParameterName, 'Ask the server to wrap responses in {status, content}')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Do not keep or use the server''s digest nonce between runs (costs a challenge round trip per run) [env: OMI_NO_CACHE=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'omi;create;hip-chat' {
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Public API key [env: OMI_PUBLIC_KEY]')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]')
            [CompletionResult]::new('--project-id', '--project-id', [CompletionResultType]::ParameterName, 'Project (group) id, 24 hex characters; repeatable for list, apply and export [env: OMI_PROJECT_ID]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project by name, instead of --project-id; repeatable where --project-id is')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: OMI_PROFILE] [default: default]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM certificate authority (private Ops Manager CA)')
            [CompletionResult]::new('--page-num', '--page-num', [CompletionResultType]::ParameterName, 'Page of results to return, from 1')
            [CompletionResult]::new('--items-per-page', '--items-per-page', [CompletionResultType]::ParameterName, 'Results per page, 1 to 500')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'Send at most N requests per second across all workers, digest challenges included [default: no limit]')
            [CompletionResult]::new('--notification-token', '--notification-token', [CompletionResultType]::ParameterName, 'HipChat notification token [required]; ''-'' reads it from stdin, ''@PATH'' from a file')
            [CompletionResult]::new('--room-name', '--room-name', [CompletionResultType]::ParameterName, 'HipChat room name [required]')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A field omi''s table does not know, sent as given; VALUE is JSON when it parses, else a string (repeatable)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification (unsafe; prints a warning)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response body as received, for jq and scripts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be sent, secrets masked, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Ask the server for indented JSON')
            [CompletionResult]::new('--envelope', '--envelope', [CompletionResultType]::ParameterName, 'Ask the server to wrap responses in {status, content}')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Do not keep or use the server''s digest nonce between runs (costs a challenge round trip per run) [env: OMI_NO_CACHE=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'omi;create;HIP_CHAT' {
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Public API key [env: OMI_PUBLIC_KEY]')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]')
            [CompletionResult]::new('--project-id', '--project-id', [CompletionResultType]::ParameterName, 'Project (group) id, 24 hex characters; repeatable for list, apply and export [env: OMI_PROJECT_ID]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project by name, instead of --project-id; repeatable where --project-id is')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: OMI_PROFILE] [default: default]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM certificate authority (private Ops Manager CA)')
            [CompletionResult]::new('--page-num', '--page-num', [CompletionResultType]::ParameterName, 'Page of results to return, from 1')
            [CompletionResult]::new('--items-per-page', '--items-per-page', [CompletionResultType]::ParameterName, 'Results per page, 1 to 500')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'Send at most N requests per second across all workers, digest challenges included [default: no limit]')
            [CompletionResult]::new('--notification-token', '--notification-token', [CompletionResultType]::ParameterName, 'HipChat notification token [required]; ''-'' reads it from stdin, ''@PATH'' from a file')
            [CompletionResult]::new('--room-name', '--room-name', [CompletionResultType]::ParameterName, 'HipChat room name [required]')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A field omi''s table does not know, sent as given; VALUE is JSON when it parses, else a string (repeatable)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification (unsafe; prints a warning)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response body as received, for jq and scripts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be sent, secrets masked, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Ask the server for indented JSON')
            [CompletionResult]::new('--envelope', '--envelope', [CompletionResultType]::ParameterName, 'Ask the server to wrap responses in {status, content}')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Do not keep or use the server''s digest nonce between runs (costs a challenge round trip per run) [env: OMI_NO_CACHE=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'omi;create;ops-genie' {
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Public API key [env: OMI_PUBLIC_KEY]')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]')
            [CompletionResult]::new('--project-id', '--project-id', [CompletionResultType]::ParameterName, 'Project (group) id, 24 hex characters; repeatable for list, apply and export [env: OMI_PROJECT_ID]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project by name, instead of --project-id; repeatable where --project-id is')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: OMI_PROFILE] [default: default]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM certificate authority (private Ops Manager CA)')
            [CompletionResult]::new('--page-num', '--page-num', [CompletionResultType]::ParameterName, 'Page of results to return, from 1')
            [CompletionResult]::new('--items-per-page', '--items-per-page', [CompletionResultType]::ParameterName, 'Results per page, 1 to 500')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'Send at most N requests per second across all workers, digest challenges included [default: no limit]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'Opsgenie API key [required]; ''-'' reads it from stdin, ''@PATH'' from a file')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Opsgenie API region [required]')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A field omi''s table does not know, sent as given; VALUE is JSON when it parses, else a string (repeatable)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification (unsafe; prints a warning)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response body as received, for jq and scripts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be sent, secrets masked, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Ask the server for indented JSON')
            [CompletionResult]::new('--envelope', '--envelope', [CompletionResultType]::ParameterName, 'Ask the server to wrap responses in {status, content}')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Do not keep or use the server''s digest nonce between runs (costs a challenge round trip per run) [env: OMI_NO_CACHE=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'omi;create;OPS_GENIE' {
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Public API key [env: OMI_PUBLIC_KEY]')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]')
            [CompletionResult]::new('--project-id', '--project-id', [CompletionResultType]::ParameterName, 'Project (group) id, 24 hex characters; repeatable for list, apply and export [env: OMI_PROJECT_ID]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project by name, instead of --project-id; repeatable where --project-id is')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: OMI_PROFILE] [default: default]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM certificate authority (private Ops Manager CA)')
            [CompletionResult]::new('--page-num', '--page-num', [CompletionResultType]::ParameterName, 'Page of results to return, from 1')
            [CompletionResult]::new('--items-per-page', '--items-per-page', [CompletionResultType]::ParameterName, 'Results per page, 1 to 500')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'Send at most N requests per second across all workers, digest challenges included [default: no limit]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'Opsgenie API key [required]; ''-'' reads it from stdin, ''@PATH'' from a file')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Opsgenie API region [required]')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A field omi''s table does not know, sent as given; VALUE is JSON when it parses, else a string (repeatable)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification (unsafe; prints a warning)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response body as received, for jq and scripts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be sent, secrets masked, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Ask the server for indented JSON')
            [CompletionResult]::new('--envelope', '--envelope', [CompletionResultType]::ParameterName, 'Ask the server to wrap responses in {status, content}')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Do not keep or use the server''s digest nonce between runs (costs a challenge round trip per run) [env: OMI_NO_CACHE=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'omi;create;victor-ops' {
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Public API key [env: OMI_PUBLIC_KEY]')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]')
            [CompletionResult]::new('--project-id', '--project-id', [CompletionResultType]::ParameterName, 'Project (group) id, 24 hex characters; repeatable for list, apply and export [env: OMI_PROJECT_ID]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project by name, instead of --project-id; repeatable where --project-id is')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: OMI_PROFILE] [default: default]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM certificate authority (private Ops Manager CA)')
            [CompletionResult]::new('--page-num', '--page-num', [CompletionResultType]::ParameterName, 'Page of results to return, from 1')
            [CompletionResult]::new('--items-per-page', '--items-per-page', [CompletionResultType]::ParameterName, 'Results per page, 1 to 500')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'Send at most N requests per second across all workers, digest challenges included [default: no limit]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'VictorOps API key [required]; ''-'' reads it from stdin, ''@PATH'' from a file')
            [CompletionResult]::new('--routing-key', '--routing-key', [CompletionResultType]::ParameterName, 'VictorOps routing key; ''-'' reads it from stdin, ''@PATH'' from a file')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A field omi''s table does not know, sent as given; VALUE is JSON when it parses, else a string (repeatable)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification (unsafe; prints a warning)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response body as received, for jq and scripts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be sent, secrets masked, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Ask the server for indented JSON')
            [CompletionResult]::new('--envelope', '--envelope', [CompletionResultType]::ParameterName, 'Ask the server to wrap responses in {status, content}')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Do not keep or use the server''s digest nonce between runs (costs a challenge round trip per run) [env: OMI_NO_CACHE=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'omi;create;VICTOR_OPS' {
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Public API key [env: OMI_PUBLIC_KEY]')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]')
            [CompletionResult]::new('--project-id', '--project-id', [CompletionResultType]::ParameterName, 'Project (group) id, 24 hex characters; repeatable for list, apply and export [env: OMI_PROJECT_ID]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project by name, instead of --project-id; repeatable where --project-id is')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: OMI_PROFILE] [default: default]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM certificate authority (private Ops Manager CA)')
            [CompletionResult]::new('--page-num', '--page-num', [CompletionResultType]::ParameterName, 'Page of results to return, from 1')
            [CompletionResult]::new('--items-per-page', '--items-per-page', [CompletionResultType]::ParameterName, 'Results per page, 1 to 500')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'Send at most N requests per second across all workers, digest challenges included [default: no limit]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'VictorOps API key [required]; ''-'' reads it from stdin, ''@PATH'' from a file')
            [CompletionResult]::new('--routing-key', '--routing-key', [CompletionResultType]::ParameterName, 'VictorOps routing key; ''-'' reads it from stdin, ''@PATH'' from a file')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A field omi''s table does not know, sent as given; VALUE is JSON when it parses, else a string (repeatable)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification (unsafe; prints a warning)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response body as received, for jq and scripts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be sent, secrets masked, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Ask the server for indented JSON')
            [CompletionResult]::new('--envelope', '--envelope', [CompletionResultType]::ParameterName, 'Ask the server to wrap responses in {status, content}')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Do not keep or use the server''s digest nonce between runs (costs a challenge round trip per run) [env: OMI_NO_CACHE=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'omi;create;webhook' {
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Public API key [env: OMI_PUBLIC_KEY]')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]')
            [CompletionResult]::new('--project-id', '--project-id', [CompletionResultType]::ParameterName, 'Project (group) id, 24 hex characters; repeatable for list, apply and export [env: OMI_PROJECT_ID]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project by name, instead of --project-id; repeatable where --project-id is')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: OMI_PROFILE] [default: default]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM certificate authority (private Ops Manager CA)')
            [CompletionResult]::new('--page-num', '--page-num', [CompletionResultType]::ParameterName, 'Page of results to return, from 1')
            [CompletionResult]::new('--items-per-page', '--items-per-page', [CompletionResultType]::ParameterName, 'Results per page, 1 to 500')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'Send at most N requests per second across all workers, digest challenges included [default: no limit]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Webhook URL that receives alerts [required]; ''-'' reads it from stdin, ''@PATH'' from a file')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'Secret used to sign webhook requests; ''-'' reads it from stdin, ''@PATH'' from a file')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A field omi''s table does not know, sent as given; VALUE is JSON when it parses, else a string (repeatable)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification (unsafe; prints a warning)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response body as received, for jq and scripts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be sent, secrets masked, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Ask the server for indented JSON')
            [CompletionResult]::new('--envelope', '--envelope', [CompletionResultType]::ParameterName, 'Ask the server to wrap responses in {status, content}')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Do not keep or use the server''s digest nonce between runs (costs a challenge round trip per run) [env: OMI_NO_CACHE=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'omi;create;WEBHOOK' {
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Public API key [env: OMI_PUBLIC_KEY]')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]')
            [CompletionResult]::new('--project-id', '--project-id', [CompletionResultType]::ParameterName, 'Project (group) id, 24 hex characters; repeatable for list, apply and export [env: OMI_PROJECT_ID]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project by name, instead of --project-id; repeatable where --project-id is')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: OMI_PROFILE] [default: default]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM certificate authority (private Ops Manager CA)')
            [CompletionResult]::new('--page-num', '--page-num', [CompletionResultType]::ParameterName, 'Page of results to return, from 1')
            [CompletionResult]::new('--items-per-page', '--items-per-page', [CompletionResultType]::ParameterName, 'Results per page, 1 to 500')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'Send at most N requests per second across all workers, digest challenges included [default: no limit]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Webhook URL that receives alerts [required]; ''-'' reads it from stdin, ''@PATH'' from a file')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'Secret used to sign webhook requests; ''-'' reads it from stdin, ''@PATH'' from a file')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A field omi''s table does not know, sent as given; VALUE is JSON when it parses, else a string (repeatable)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification (unsafe; prints a warning)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response body as received, for jq and scripts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be sent, secrets masked, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Ask the server for indented JSON')
            [CompletionResult]::new('--envelope', '--envelope', [CompletionResultType]::ParameterName, 'Ask the server to wrap responses in {status, content}')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Do not keep or use the server''s digest nonce between runs (costs a challenge round trip per run) [env: OMI_NO_CACHE=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'omi;create;microsoft-teams' {
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Public API key [env: OMI_PUBLIC_KEY]')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]')
            [CompletionResult]::new('--project-id', '--project-id', [CompletionResultType]::ParameterName, 'Project (group) id, 24 hex characters; repeatable for list, apply and export [env: OMI_PROJECT_ID]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project by name, instead of --project-id; repeatable where --project-id is')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: OMI_PROFILE] [default: default]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM certificate authority (private Ops Manager CA)')
            [CompletionResult]::new('--page-num', '--page-num', [CompletionResultType]::ParameterName, 'Page of results to return, from 1')
            [CompletionResult]::new('--items-per-page', '--items-per-page', [CompletionResultType]::ParameterName, 'Results per page, 1 to 500')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'Send at most N requests per second across all workers, digest challenges included [default: no limit]')
            [CompletionResult]::new('--webhook-url', '--webhook-url', [CompletionResultType]::ParameterName, 'Microsoft Teams incoming webhook URL [required]; ''-'' reads it from stdin, ''@PATH'' from a file')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A field omi''s table does not know, sent as given; VALUE is JSON when it parses, else a string (repeatable)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification (unsafe; prints a warning)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response body as received, for jq and scripts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be sent, secrets masked, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Ask the server for indented JSON')
            [CompletionResult]::new('--envelope', '--envelope', [CompletionResultType]::ParameterName, 'Ask the server to wrap responses in {status, content}')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Do not keep or use the server''s digest nonce between runs (costs a challenge round trip per run) [env: OMI_NO_CACHE=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'omi;create;MICROSOFT_TEAMS' {
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Public API key [env: OMI_PUBLIC_KEY]')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]')
            [CompletionResult]::new('--project-id', '--project-id', [CompletionResultType]::ParameterName, 'Project (group) id, 24 hex characters; repeatable for list, apply and export [env: OMI_PROJECT_ID]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project by name, instead of --project-id; repeatable where --project-id is')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: OMI_PROFILE] [default: default]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM certificate authority (private Ops Manager CA)')
            [CompletionResult]::new('--page-num', '--page-num', [CompletionResultType]::ParameterName, 'Page of results to return, from 1')
            [CompletionResult]::new('--items-per-page', '--items-per-page', [CompletionResultType]::ParameterName, 'Results per page, 1 to 500')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'Send at most N requests per second across all workers, digest challenges included [default: no limit]')
            [CompletionResult]::new('--webhook-url', '--webhook-url', [CompletionResultType]::ParameterName, 'Microsoft Teams incoming webhook URL [required]; ''-'' reads it from stdin, ''@PATH'' from a file')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A field omi''s table does not know, sent as given; VALUE is JSON when it parses, else a string (repeatable)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification (unsafe; prints a warning)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response body as received, for jq and scripts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be sent, secrets masked, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Ask the server for indented JSON')
            [CompletionResult]::new('--envelope', '--envelope', [CompletionResultType]::ParameterName, 'Ask the server to wrap responses in {status, content}')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Do not keep or use the server''s digest nonce between runs (costs a challenge round trip per run) [env: OMI_NO_CACHE=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'omi;create;prometheus' {
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Public API key [env: OMI_PUBLIC_KEY]')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]')
            [CompletionResult]::new('--project-id', '--project-id', [CompletionResultType]::ParameterName, 'Project (group) id, 24 hex characters; repeatable for list, apply and export [env: OMI_PROJECT_ID]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project by name, instead of --project-id; repeatable where --project-id is')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: OMI_PROFILE] [default: default]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM certificate authority (private Ops Manager CA)')
            [CompletionResult]::new('--page-num', '--page-num', [CompletionResultType]::ParameterName, 'Page of results to return, from 1')
            [CompletionResult]::new('--items-per-page', '--items-per-page', [CompletionResultType]::ParameterName, 'Results per page, 1 to 500')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'Send at most N requests per second across all workers, digest challenges included [default: no limit]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Prometheus username [required]')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Prometheus password [required]; ''-'' reads it from stdin, ''@PATH'' from a file')
            [CompletionResult]::new('--listen-address', '--listen-address', [CompletionResultType]::ParameterName, 'host:port Prometheus will scrape [required]')
            [CompletionResult]::new('--service-discovery', '--service-discovery', [CompletionResultType]::ParameterName, 'Service discovery method [required]')
            [CompletionResult]::new('--scheme', '--scheme', [CompletionResultType]::ParameterName, 'Protocol scheme Prometheus uses [required]')
            [CompletionResult]::new('--enabled', '--enabled', [CompletionResultType]::ParameterName, 'Whether Prometheus is enabled [required]')
            [CompletionResult]::new('--tls-pem-path', '--tls-pem-path', [CompletionResultType]::ParameterName, 'Absolute path to the PEM file on the Ops Manager host')
            [CompletionResult]::new('--tls-pem-password', '--tls-pem-password', [CompletionResultType]::ParameterName, 'Password of the PEM file; ''-'' reads it from stdin, ''@PATH'' from a file')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A field omi''s table does not know, sent as given; VALUE is JSON when it parses, else a string (repeatable)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification (unsafe; prints a warning)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response body as received, for jq and scripts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be sent, secrets masked, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Ask the server for indented JSON')
            [CompletionResult]::new('--envelope', '--envelope', [CompletionResultType]::ParameterName, 'Ask the server to wrap responses in {status, content}')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Do not keep or use the server''s digest nonce between runs (costs a challenge round trip per run) [env: OMI_NO_CACHE=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'omi;create;PROMETHEUS' {
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Public API key [env: OMI_PUBLIC_KEY]')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]')
            [CompletionResult]::new('--project-id', '--project-id', [CompletionResultType]::ParameterName, 'Project (group) id, 24 hex characters; repeatable for list, apply and export [env: OMI_PROJECT_ID]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project by name, instead of --project-id; repeatable where --project-id is')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: OMI_PROFILE] [default: default]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM certificate authority (private Ops Manager CA)')
            [CompletionResult]::new('--page-num', '--page-num', [CompletionResultType]::ParameterName, 'Page of results to return, from 1')
            [CompletionResult]::new('--items-per-page', '--items-per-page', [CompletionResultType]::ParameterName, 'Results per page, 1 to 500')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'Send at most N requests per second across all workers, digest challenges included [default: no limit]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Prometheus username [required]')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Prometheus password [required]; ''-'' reads it from stdin, ''@PATH'' from a file')
            [CompletionResult]::new('--listen-address', '--listen-address', [CompletionResultType]::ParameterName, 'host:port Prometheus will scrape [required]')
            [CompletionResult]::new('--service-discovery', '--service-discovery', [CompletionResultType]::ParameterName, 'Service discovery method [required]')
            [CompletionResult]::new('--scheme', '--scheme', [CompletionResultType]::ParameterName, 'Protocol scheme Prometheus uses [required]')
            [CompletionResult]::new('--enabled', '--enabled', [CompletionResultType]::ParameterName, 'Whether Prometheus is enabled [required]')
            [CompletionResult]::new('--tls-pem-path', '--tls-pem-path', [CompletionResultType]::ParameterName, 'Absolute path to the PEM file on the Ops Manager host')
            [CompletionResult]::new('--tls-pem-password', '--tls-pem-password', [CompletionResultType]::ParameterName, 'Password of the PEM file; ''-'' reads it from stdin, ''@PATH'' from a file')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A field omi''s table does not know, sent as given; VALUE is JSON when it parses, else a string (repeatable)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification (unsafe; prints a warning)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response body as received, for jq and scripts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be sent, secrets masked, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Ask the server for indented JSON')
            [CompletionResult]::new('--envelope', '--envelope', [CompletionResultType]::ParameterName, 'Ask the server to wrap responses in {status, content}')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Do not keep or use the server''s digest nonce between runs (costs a challenge round trip per run) [env: OMI_NO_CACHE=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'omi;create;new-relic' {
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Public API key [env: OMI_PUBLIC_KEY]')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]')
            [CompletionResult]::new('--project-id', '--project-id', [CompletionResultType]::ParameterName, 'Project (group) id, 24 hex characters; repeatable for list, apply and export [env: OMI_PROJECT_ID]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project by name, instead of --project-id; repeatable where --project-id is')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: OMI_PROFILE] [default: default]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM certificate authority (private Ops Manager CA)')
            [CompletionResult]::new('--page-num', '--page-num', [CompletionResultType]::ParameterName, 'Page of results to return, from 1')
            [CompletionResult]::new('--items-per-page', '--items-per-page', [CompletionResultType]::ParameterName, 'Results per page, 1 to 500')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'Send at most N requests per second across all workers, digest challenges included [default: no limit]')
            [CompletionResult]::new('--license-key', '--license-key', [CompletionResultType]::ParameterName, 'New Relic license key [required]; ''-'' reads it from stdin, ''@PATH'' from a file')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'New Relic account id [required]')
            [CompletionResult]::new('--write-token', '--write-token', [CompletionResultType]::ParameterName, 'New Relic insights write token [required]; ''-'' reads it from stdin, ''@PATH'' from a file')
            [CompletionResult]::new('--read-token', '--read-token', [CompletionResultType]::ParameterName, 'New Relic insights read token [required]; ''-'' reads it from stdin, ''@PATH'' from a file')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A field omi''s table does not know, sent as given; VALUE is JSON when it parses, else a string (repeatable)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification (unsafe; prints a warning)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response body as received, for jq and scripts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be sent, secrets masked, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Ask the server for indented JSON')
            [CompletionResult]::new('--envelope', '--envelope', [CompletionResultType]::ParameterName, 'Ask the server to wrap responses in {status, content}')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Do not keep or use the server''s digest nonce between runs (costs a challenge round trip per run) [env: OMI_NO_CACHE=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'omi;create;NEW_RELIC' {
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Public API key [env: OMI_PUBLIC_KEY]')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]')
            [CompletionResult]::new('--project-id', '--project-id', [CompletionResultType]::ParameterName, 'Project (group) id, 24 hex characters; repeatable for list, apply and export [env: OMI_PROJECT_ID]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project by name, instead of --project-id; repeatable where --project-id is')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: OMI_PROFILE] [default: default]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM certificate authority (private Ops Manager CA)')
            [CompletionResult]::new('--page-num', '--page-num', [CompletionResultType]::ParameterName, 'Page of results to return, from 1')
            [CompletionResult]::new('--items-per-page', '--items-per-page', [CompletionResultType]::ParameterName, 'Results per page, 1 to 500')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'Send at most N requests per second across all workers, digest challenges included [default: no limit]')
            [CompletionResult]::new('--license-key', '--license-key', [CompletionResultType]::ParameterName, 'New Relic license key [required]; ''-'' reads it from stdin, ''@PATH'' from a file')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'New Relic account id [required]')
            [CompletionResult]::new('--write-token', '--write-token', [CompletionResultType]::ParameterName, 'New Relic insights write token [required]; ''-'' reads it from stdin, ''@PATH'' from a file')
            [CompletionResult]::new('--read-token', '--read-token', [CompletionResultType]::ParameterName, 'New Relic insights read token [required]; ''-'' reads it from stdin, ''@PATH'' from a file')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A field omi''s table does not know, sent as given; VALUE is JSON when it parses, else a string (repeatable)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification (unsafe; prints a warning)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response body as received, for jq and scripts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be sent, secrets masked, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Ask the server for indented JSON')
            [CompletionResult]::new('--envelope', '--envelope', [CompletionResultType]::ParameterName, 'Ask the server to wrap responses in {status, content}')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Do not keep or use the server''s digest nonce between runs (costs a challenge round trip per run) [env: OMI_NO_CACHE=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'omi;create;help' {
            [CompletionResult]::new('pager-duty', 'pager-duty', [CompletionResultType]::ParameterValue, 'Create the PagerDuty integration')
            [CompletionResult]::new('slack', 'slack', [CompletionResultType]::ParameterValue, 'Create the Slack integration')
            [CompletionResult]::new('datadog', 'datadog', [CompletionResultType]::ParameterValue, 'Create the Datadog integration')
            [CompletionResult]::new('hip-chat', 'hip-chat', [CompletionResultType]::ParameterValue, 'Create the HipChat integration')
            [CompletionResult]::new('ops-genie', 'ops-genie', [CompletionResultType]::ParameterValue, 'Create the Opsgenie integration')
            [CompletionResult]::new('victor-ops', 'victor-ops', [CompletionResultType]::ParameterValue, 'Create the VictorOps integration')
            [CompletionResult]::new('webhook', 'webhook', [CompletionResultType]::ParameterValue, 'Create the Webhook integration')
            [CompletionResult]::new('microsoft-teams', 'microsoft-teams', [CompletionResultType]::ParameterValue, 'Create the Microsoft Teams integration')
            [CompletionResult]::new('prometheus', 'prometheus', [CompletionResultType]::ParameterValue, 'Create the Prometheus integration')
            [CompletionResult]::new('new-relic', 'new-relic', [CompletionResultType]::ParameterValue, 'Create the New Relic integration')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omi;create;help;pager-duty' {
            break
        }
        'omi;create;help;slack' {
            break
        }
        'omi;create;help;datadog' {
            break
        }
        'omi;create;help;hip-chat' {
            break
        }
        'omi;create;help;ops-genie' {
            break
        }
        'omi;create;help;victor-ops' {
            break
        }
        'omi;create;help;webhook' {
            break
        }
        'omi;create;help;microsoft-teams' {
            break
        }
        'omi;create;help;prometheus' {
            break
        }
        'omi;create;help;new-relic' {
            break
        }
        'omi;create;help;help' {
            break
        }
        'omi;update' {
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Public API key [env: OMI_PUBLIC_KEY]')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]')
            [CompletionResult]::new('--project-id', '--project-id', [CompletionResultType]::ParameterName, 'Project (group) id, 24 hex characters; repeatable for list, apply and export [env: OMI_PROJECT_ID]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project by name, instead of --project-id; repeatable where --project-id is')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: OMI_PROFILE] [default: default]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM certificate authority (private Ops Manager CA)')
            [CompletionResult]::new('--page-num', '--page-num', [CompletionResultType]::ParameterName, 'Page of results to return, from 1')
            [CompletionResult]::new('--items-per-page', '--items-per-page', [CompletionResultType]::ParameterName, 'Results per page, 1 to 500')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'Send at most N requests per second across all workers, digest challenges included [default: no limit]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification (unsafe; prints a warning)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response body as received, for jq and scripts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be sent, secrets masked, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Ask the server for indented JSON')
            [CompletionResult]::new('--envelope', '--envelope', [CompletionResultType]::ParameterName, 'Ask the server to wrap responses in {status, content}')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Do not keep or use the server''s digest nonce between runs (costs a challenge round trip per run) [env: OMI_NO_CACHE=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('pager-duty', 'pager-duty', [CompletionResultType]::ParameterValue, 'Create or replace the PagerDuty integration')
            [CompletionResult]::new('PAGER_DUTY', 'PAGER_DUTY', [CompletionResultType]::ParameterValue, 'Create or replace the PagerDuty integration')
            [CompletionResult]::new('slack', 'slack', [CompletionResultType]::ParameterValue, 'Create or replace the Slack integration')
            [CompletionResult]::new('SLACK', 'SLACK', [CompletionResultType]::ParameterValue, 'Create or replace the Slack integration')
            [CompletionResult]::new('datadog', 'datadog', [CompletionResultType]::ParameterValue, 'Create or replace the Datadog integration')
            [CompletionResult]::new('DATADOG', 'DATADOG', [CompletionResultType]::ParameterValue, 'Create or replace the Datadog integration')
            [CompletionResult]::new('hip-chat', 'hip-chat', [CompletionResultType]::ParameterValue, 'Create or replace the HipChat integration')
            [CompletionResult]::new('HIP_CHAT', 'HIP_CHAT', [CompletionResultType]::ParameterValue, 'Create or replace the HipChat integration')
            [CompletionResult]::new('ops-genie', 'ops-genie', [CompletionResultType]::ParameterValue, 'Create or replace the Opsgenie integration')
            [CompletionResult]::new('OPS_GENIE', 'OPS_GENIE', [CompletionResultType]::ParameterValue, 'Create or replace the Opsgenie integration')
            [CompletionResult]::new('victor-ops', 'victor-ops', [CompletionResultType]::ParameterValue, 'Create or replace the VictorOps integration')
            [CompletionResult]::new('VICTOR_OPS', 'VICTOR_OPS', [CompletionResultType]::ParameterValue, 'Create or replace the VictorOps integration')
            [CompletionResult]::new('webhook', 'webhook', [CompletionResultType]::ParameterValue, 'Create or replace the Webhook integration')
            [CompletionResult]::new('WEBHOOK', 'WEBHOOK', [CompletionResultType]::ParameterValue, 'Create or replace the Webhook integration')
            [CompletionResult]::new('microsoft-teams', 'microsoft-teams', [CompletionResultType]::ParameterValue, 'Create or replace the Microsoft Teams integration')
            [CompletionResult]::new('MICROSOFT_TEAMS', 'MICROSOFT_TEAMS', [CompletionResultType]::ParameterValue, 'Create or replace the Microsoft Teams integration')
            [CompletionResult]::new('prometheus', 'prometheus', [CompletionResultType]::ParameterValue, 'Create or replace the Prometheus integration')
            [CompletionResult]::new('PROMETHEUS', 'PROMETHEUS', [CompletionResultType]::ParameterValue, 'Create or replace the Prometheus integration')
            [CompletionResult]::new('new-relic', 'new-relic', [CompletionResultType]::ParameterValue, 'Create or replace the New Relic integration')
            [CompletionResult]::new('NEW_RELIC', 'NEW_RELIC', [CompletionResultType]::ParameterValue, 'Create or replace the New Relic integration')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omi;update;pager-duty' {
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Public API key [env: OMI_PUBLIC_KEY]')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]')
            [CompletionResult]::new('--project-id', '--project-id', [CompletionResultType]::ParameterName, 'Project (group) id, 24 hex characters; repeatable for list, apply and export [env: OMI_PROJECT_ID]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project by name, instead of --project-id; repeatable where --project-id is')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: OMI_PROFILE] [default: default]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM certificate authority (private Ops Manager CA)')
            [CompletionResult]::new('--page-num', '--page-num', [CompletionResultType]::ParameterName, 'Page of results to return, from 1')
            [CompletionResult]::new('--items-per-page', '--items-per-page', [CompletionResultType]::ParameterName, 'Results per page, 1 to 500')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'Send at most N requests per second across all workers, digest challenges included [default: no limit]')
            [CompletionResult]::new('--service-key', '--service-key', [CompletionResultType]::ParameterName, 'PagerDuty integration key [required]; ''-'' reads it from stdin, ''@PATH'' from a file')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A field omi''s table does not know, sent as given; VALUE is JSON when it parses, else a string (repeatable)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification (unsafe; prints a warning)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response body as received, for jq and scripts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be sent, secrets masked, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Ask the server for indented JSON')
            [CompletionResult]::new('--envelope', '--envelope', [CompletionResultType]::ParameterName, 'Ask the server to wrap responses in {status, content}')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Do not keep or use the server''s digest nonce between runs (costs a challenge round trip per run) [env: OMI_NO_CACHE=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'omi;update;PAGER_DUTY' {
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Public API key [env: OMI_PUBLIC_KEY]')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]')
            [CompletionResult]::new('--project-id', '--project-id', [CompletionResultType]::ParameterName, 'Project (group) id, 24 hex characters; repeatable for list, apply and export [env: OMI_PROJECT_ID]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project by name, instead of --project-id; repeatable where --project-id is')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: OMI_PROFILE] [default: default]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM certificate authority (private Ops Manager CA)')
            [CompletionResult]::new('--page-num', '--page-num', [CompletionResultType]::ParameterName, 'Page of results to return, from 1')
            [CompletionResult]::new('--items-per-page', '--items-per-page', [CompletionResultType]::ParameterName, 'Results per page, 1 to 500')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'Send at most N requests per second across all workers, digest challenges included [default: no limit]')
            [CompletionResult]::new('--service-key', '--service-key', [CompletionResultType]::ParameterName, 'PagerDuty integration key [required]; ''-'' reads it from stdin, ''@PATH'' from a file')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A field omi''s table does not know, sent as given; VALUE is JSON when it parses, else a string (repeatable)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification (unsafe; prints a warning)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response body as received, for jq and scripts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be sent, secrets masked, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Ask the server for indented JSON')
            [CompletionResult]::new('--envelope', '--envelope', [CompletionResultType]::ParameterName, 'Ask the server to wrap responses in {status, content}')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Do not keep or use the server''s digest nonce between runs (costs a challenge round trip per run) [env: OMI_NO_CACHE=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'omi;update;slack' {
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Public API key [env: OMI_PUBLIC_KEY]')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]')
            [CompletionResult]::new('--project-id', '--project-id', [CompletionResultType]::ParameterName, 'Project (group) id, 24 hex characters; repeatable for list, apply and export [env: OMI_PROJECT_ID]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project by name, instead of --project-id; repeatable where --project-id is')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: OMI_PROFILE] [default: default]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM certificate authority (private Ops Manager CA)')
            [CompletionResult]::new('--page-num', '--page-num', [CompletionResultType]::ParameterName, 'Page of results to return, from 1')
            [CompletionResult]::new('--items-per-page', '--items-per-page', [CompletionResultType]::ParameterName, 'Results per page, 1 to 500')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'Send at most N requests per second across all workers, digest challenges included [default: no limit]')
            [CompletionResult]::new('--api-token', '--api-token', [CompletionResultType]::ParameterName, 'Slack API token [required]; ''-'' reads it from stdin, ''@PATH'' from a file')
            [CompletionResult]::new('--team-name', '--team-name', [CompletionResultType]::ParameterName, 'Slack team name [required]')
            [CompletionResult]::new('--channel-name', '--channel-name', [CompletionResultType]::ParameterName, 'Slack channel to post to')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A field omi''s table does not know, sent as given; VALUE is JSON when it parses, else a string (repeatable)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification (unsafe; prints a warning)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response body as received, for jq and scripts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be sent, secrets masked, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Ask the server for indented JSON')
            [CompletionResult]::new('--envelope', '--envelope', [CompletionResultType]::ParameterName, 'Ask the server to wrap responses in {status, content}')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Do not keep or use the server''s digest nonce between runs (costs a challenge round trip per run) [env: OMI_NO_CACHE=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'omi;update;SLACK' {
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Public API key [env: OMI_PUBLIC_KEY]')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]')
            [CompletionResult]::new('--project-id', '--project-id', [CompletionResultType]::ParameterName, 'Project (group) id, 24 hex characters; repeatable for list, apply and export [env: OMI_PROJECT_ID]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project by name, instead of --project-id; repeatable where --project-id is')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: OMI_PROFILE] [default: default]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM certificate authority (private Ops Manager CA)')
            [CompletionResult]::new('--page-num', '--page-num', [CompletionResultType]::ParameterName, 'Page of results to return, from 1')
            [CompletionResult]::new('--items-per-page', '--items-per-page', [CompletionResultType]::ParameterName, 'Results per page, 1 to 500')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'Send at most N requests per second across all workers, digest challenges included [default: no limit]')
            [CompletionResult]::new('--api-token', '--api-token', [CompletionResultType]::ParameterName, 'Slack API token [required]; ''-'' reads it from stdin, ''@PATH'' from a file')
            [CompletionResult]::new('--team-name', '--team-name', [CompletionResultType]::ParameterName, 'Slack team name [required]')
            [CompletionResult]::new('--channel-name', '--channel-name', [CompletionResultType]::ParameterName, 'Slack channel to post to')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A field omi''s table does not know, sent as given; VALUE is JSON when it parses, else a string (repeatable)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification (unsafe; prints a warning)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response body as received, for jq and scripts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be sent, secrets masked, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Ask the server for indented JSON')
            [CompletionResult]::new('--envelope', '--envelope', [CompletionResultType]::ParameterName, 'Ask the server to wrap responses in {status, content}')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Do not keep or use the server''s digest nonce between runs (costs a challenge round trip per run) [env: OMI_NO_CACHE=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'omi;update;datadog' {
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Public API key [env: OMI_PUBLIC_KEY]')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]')
            [CompletionResult]::new('--project-id', '--project-id', [CompletionResultType]::ParameterName, 'Project (group) id, 24 hex characters; repeatable for list, apply and export [env: OMI_PROJECT_ID]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project by name, instead of --project-id; repeatable where --project-id is')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: OMI_PROFILE] [default: default]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM certificate authority (private Ops Manager CA)')
            [CompletionResult]::new('--page-num', '--page-num', [CompletionResultType]::ParameterName, 'Page of results to return, from 1')
            [CompletionResult]::new('--items-per-page', '--items-per-page', [CompletionResultType]::ParameterName, 'Results per page, 1 to 500')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'Send at most N requests per second across all workers, digest challenges included [default: no limit]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'Datadog API key [required]; ''-'' reads it from stdin, ''@PATH'' from a file')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Datadog site region')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A field omi''s table does not know, sent as given; VALUE is JSON when it parses, else a string (repeatable)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification (unsafe; prints a warning)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response body as received, for jq and scripts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be sent, secrets masked, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Ask the server for indented JSON')
            [CompletionResult]::new('--envelope', '--envelope', [CompletionResultType]::ParameterName, 'Ask the server to wrap responses in {status, content}')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Do not keep or use the server''s digest nonce between runs (costs a challenge round trip per run) [env: OMI_NO_CACHE=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'omi;update;DATADOG' {
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Public API key [env: OMI_PUBLIC_KEY]')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]')
            [CompletionResult]::new('--project-id', '--project-id', [CompletionResultType]::ParameterName, 'Project (group) id, 24 hex characters; repeatable for list, apply and export [env: OMI_PROJECT_ID]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project by name, instead of --project-id; repeatable where --project-id is')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: OMI_PROFILE] [default: default]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM certificate authority (private Ops Manager CA)')
            [CompletionResult]::new('--page-num', '--page-num', [CompletionResultType]::ParameterName, 'Page of results to return, from 1')
            [CompletionResult]::new('--items-per-page', '--items-per-page', [CompletionResultType]::ParameterName, 'Results per page, 1 to 500')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'Send at most N requests per second across all workers, digest challenges included [default: no limit]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'Datadog API key [required]; ''-'' reads it from stdin, ''@PATH'' from a file')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Datadog site region')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A field omi''s table does not know, sent as given; VALUE is JSON when it parses, else a string (repeatable)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification (unsafe; prints a warning)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response body as received, for jq and scripts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be sent, secrets masked, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Ask the server for indented JSON')
            [CompletionResult]::new('--envelope', '--envelope', [CompletionResultType]::ParameterName, 'Ask the server to wrap responses in {status, content}')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Do not keep or use the server''s digest nonce between runs (costs a challenge round trip per run) [env: OMI_NO_CACHE=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'omi;update;hip-chat' {
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Public API key [env: OMI_PUBLIC_KEY]')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]')
            [CompletionResult]::new('--project-id', '--project-id', [CompletionResultType]::ParameterName, 'Project (group) id, 24 hex characters; repeatable for list, apply and export [env: OMI_PROJECT_ID]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project by name, instead of --project-id; repeatable where --project-id is')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: OMI_PROFILE] [default: default]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM certificate authority (private Ops Manager CA)')
            [CompletionResult]::new('--page-num', '--page-num', [CompletionResultType]::ParameterName, 'Page of results to return, from 1')
            [CompletionResult]::new('--items-per-page', '--items-per-page', [CompletionResultType]::ParameterName, 'Results per page, 1 to 500')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'Send at most N requests per second across all workers, digest challenges included [default: no limit]')
            [CompletionResult]::new('--notification-token', '--notification-token', [CompletionResultType]::ParameterName, 'HipChat notification token [required]; ''-'' reads it from stdin, ''@PATH'' from a file')
            [CompletionResult]::new('--room-name', '--room-name', [CompletionResultType]::ParameterName, 'HipChat room name [required]')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A field omi''s table does not know, sent as given; VALUE is JSON when it parses, else a string (repeatable)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification (unsafe; prints a warning)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response body as received, for jq and scripts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be sent, secrets masked, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Ask the server for indented JSON')
            [CompletionResult]::new('--envelope', '--envelope', [CompletionResultType]::ParameterName, 'Ask the server to wrap responses in {status, content}')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Do not keep or use the server''s digest nonce between runs (costs a challenge round trip per run) [env: OMI_NO_CACHE=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'omi;update;HIP_CHAT' {
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Public API key [env: OMI_PUBLIC_KEY]')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]')
            [CompletionResult]::new('--project-id', '--project-id', [CompletionResultType]::ParameterName, 'Project (group) id, 24 hex characters; repeatable for list, apply and export [env: OMI_PROJECT_ID]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project by name, instead of --project-id; repeatable where --project-id is')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: OMI_PROFILE] [default: default]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM certificate authority (private Ops Manager CA)')
            [CompletionResult]::new('--page-num', '--page-num', [CompletionResultType]::ParameterName, 'Page of results to return, from 1')
            [CompletionResult]::new('--items-per-page', '--items-per-page', [CompletionResultType]::ParameterName, 'Results per page, 1 to 500')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'Send at most N requests per second across all workers, digest challenges included [default: no limit]')
            [CompletionResult]::new('--notification-token', '--notification-token', [CompletionResultType]::ParameterName, 'HipChat notification token [required]; ''-'' reads it from stdin, ''@PATH'' from a file')
            [CompletionResult]::new('--room-name', '--room-name', [CompletionResultType]::ParameterName, 'HipChat room name [required]')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A field omi''s table does not know, sent as given; VALUE is JSON when it parses, else a string (repeatable)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification (unsafe; prints a warning)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response body as received, for jq and scripts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be sent, secrets masked, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Ask the server for indented JSON')
            [CompletionResult]::new('--envelope', '--envelope', [CompletionResultType]::ParameterName, 'Ask the server to wrap responses in {status, content}')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Do not keep or use the server''s digest nonce between runs (costs a challenge round trip per run) [env: OMI_NO_CACHE=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'omi;update;ops-genie' {
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Public API key [env: OMI_PUBLIC_KEY]')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]')
            [CompletionResult]::new('--project-id', '--project-id', [CompletionResultType]::ParameterName, 'Project (group) id, 24 hex characters; repeatable for list, apply and export [env: OMI_PROJECT_ID]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project by name, instead of --project-id; repeatable where --project-id is')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: OMI_PROFILE] [default: default]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM certificate authority (private Ops Manager CA)')
            [CompletionResult]::new('--page-num', '--page-num', [CompletionResultType]::ParameterName, 'Page of results to return, from 1')
            [CompletionResult]::new('--items-per-page', '--items-per-page', [CompletionResultType]::ParameterName, 'Results per page, 1 to 500')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'Send at most N requests per second across all workers, digest challenges included [default: no limit]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'Opsgenie API key [required]; ''-'' reads it from stdin, ''@PATH'' from a file')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Opsgenie API region [required]')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A field omi''s table does not know, sent as given; VALUE is JSON when it parses, else a string (repeatable)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification (unsafe; prints a warning)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response body as received, for jq and scripts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be sent, secrets masked, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Ask the server for indented JSON')
            [CompletionResult]::new('--envelope', '--envelope', [CompletionResultType]::ParameterName, 'Ask the server to wrap responses in {status, content}')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Do not keep or use the server''s digest nonce between runs (costs a challenge round trip per run) [env: OMI_NO_CACHE=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'omi;update;OPS_GENIE' {
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Public API key [env: OMI_PUBLIC_KEY]')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]')
            [CompletionResult]::new('--project-id', '--project-id', [CompletionResultType]::ParameterName, 'Project (group) id, 24 hex characters; repeatable for list, apply and export [env: OMI_PROJECT_ID]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project by name, instead of --project-id; repeatable where --project-id is')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: OMI_PROFILE] [default: default]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM certificate authority (private Ops Manager CA)')
            [CompletionResult]::new('--page-num', '--page-num', [CompletionResultType]::ParameterName, 'Page of results to return, from 1')
            [CompletionResult]::new('--items-per-page', '--items-per-page', [CompletionResultType]::ParameterName, 'Results per page, 1 to 500')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'Send at most N requests per second across all workers, digest challenges included [default: no limit]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'Opsgenie API key [required]; ''-'' reads it from stdin, ''@PATH'' from a file')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Opsgenie API region [required]')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A field omi''s table does not know, sent as given; VALUE is JSON when it parses, else a string (repeatable)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification (unsafe; prints a warning)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response body as received, for jq and scripts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be sent, secrets masked, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Ask the server for indented JSON')
            [CompletionResult]::new('--envelope', '--envelope', [CompletionResultType]::ParameterName, 'Ask the server to wrap responses in {status, content}')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Do not keep or use the server''s digest nonce between runs (costs a challenge round trip per run) [env: OMI_NO_CACHE=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'omi;update;victor-ops' {
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Public API key [env: OMI_PUBLIC_KEY]')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]')
            [CompletionResult]::new('--project-id', '--project-id', [CompletionResultType]::ParameterName, 'Project (group) id, 24 hex characters; repeatable for list, apply and export [env: OMI_PROJECT_ID]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project by name, instead of --project-id; repeatable where --project-id is')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: OMI_PROFILE] [default: default]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM certificate authority (private Ops Manager CA)')
            [CompletionResult]::new('--page-num', '--page-num', [CompletionResultType]::ParameterName, 'Page of results to return, from 1')
            [CompletionResult]::new('--items-per-page', '--items-per-page', [CompletionResultType]::ParameterName, 'Results per page, 1 to 500')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'Send at most N requests per second across all workers, digest challenges included [default: no limit]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'VictorOps API key [required]; ''-'' reads it from stdin, ''@PATH'' from a file')
            [CompletionResult]::new('--routing-key', '--routing-key', [CompletionResultType]::ParameterName, 'VictorOps routing key; ''-'' reads it from stdin, ''@PATH'' from a file')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A field omi''s table does not know, sent as given; VALUE is JSON when it parses, else a string (repeatable)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification (unsafe; prints a warning)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response body as received, for jq and scripts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be sent, secrets masked, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Ask the server for indented JSON')
            [CompletionResult]::new('--envelope', '--envelope', [CompletionResultType]::ParameterName, 'Ask the server to wrap responses in {status, content}')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Do not keep or use the server''s digest nonce between runs (costs a challenge round trip per run) [env: OMI_NO_CACHE=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'omi;update;VICTOR_OPS' {
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Public API key [env: OMI_PUBLIC_KEY]')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]')
            [CompletionResult]::new('--project-id', '--project-id', [CompletionResultType]::ParameterName, 'Project (group) id, 24 hex characters; repeatable for list, apply and export [env: OMI_PROJECT_ID]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project by name, instead of --project-id; repeatable where --project-id is')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: OMI_PROFILE] [default: default]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM certificate authority (private Ops Manager CA)')
            [CompletionResult]::new('--page-num', '--page-num', [CompletionResultType]::ParameterName, 'Page of results to return, from 1')
            [CompletionResult]::new('--items-per-page', '--items-per-page', [CompletionResultType]::ParameterName, 'Results per page, 1 to 500')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'Send at most N requests per second across all workers, digest challenges included [default: no limit]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'VictorOps API key [required]; ''-'' reads it from stdin, ''@PATH'' from a file')
            [CompletionResult]::new('--routing-key', '--routing-key', [CompletionResultType]::ParameterName, 'VictorOps routing key; ''-'' reads it from stdin, ''@PATH'' from a file')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A field omi''s table does not know, sent as given; VALUE is JSON when it parses, else a string (repeatable)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification (unsafe; prints a warning)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response body as received, for jq and scripts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be sent, secrets masked, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Ask the server for indented JSON')
            [CompletionResult]::new('--envelope', '--envelope', [CompletionResultType]::ParameterName, 'Ask the server to wrap responses in {status, content}')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Do not keep or use the server''s digest nonce between runs (costs a challenge round trip per run) [env: OMI_NO_CACHE=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'omi;update;webhook' {
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Public API key [env: OMI_PUBLIC_KEY]')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]')
            [CompletionResult]::new('--project-id', '--project-id', [CompletionResultType]::ParameterName, 'Project (group) id, 24 hex characters; repeatable for list, apply and export [env: OMI_PROJECT_ID]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project by name, instead of --project-id; repeatable where --project-id is')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: OMI_PROFILE] [default: default]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM certificate authority (private Ops Manager CA)')
            [CompletionResult]::new('--page-num', '--page-num', [CompletionResultType]::ParameterName, 'Page of results to return, from 1')
            [CompletionResult]::new('--items-per-page', '--items-per-page', [CompletionResultType]::ParameterName, 'Results per page, 1 to 500')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'Send at most N requests per second across all workers, digest challenges included [default: no limit]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Webhook URL that receives alerts [required]; ''-'' reads it from stdin, ''@PATH'' from a file')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'Secret used to sign webhook requests; ''-'' reads it from stdin, ''@PATH'' from a file')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A field omi''s table does not know, sent as given; VALUE is JSON when it parses, else a string (repeatable)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification (unsafe; prints a warning)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response body as received, for jq and scripts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be sent, secrets masked, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Ask the server for indented JSON')
            [CompletionResult]::new('--envelope', '--envelope', [CompletionResultType]::ParameterName, 'Ask the server to wrap responses in {status, content}')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Do not keep or use the server''s digest nonce between runs (costs a challenge round trip per run) [env: OMI_NO_CACHE=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'omi;update;WEBHOOK' {
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Public API key [env: OMI_PUBLIC_KEY]')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]')
            [CompletionResult]::new('--project-id', '--project-id', [CompletionResultType]::ParameterName, 'Project (group) id, 24 hex characters; repeatable for list, apply and export [env: OMI_PROJECT_ID]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project by name, instead of --project-id; repeatable where --project-id is')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: OMI_PROFILE] [default: default]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM certificate authority (private Ops Manager CA)')
            [CompletionResult]::new('--page-num', '--page-num', [CompletionResultType]::ParameterName, 'Page of results to return, from 1')
            [CompletionResult]::new('--items-per-page', '--items-per-page', [CompletionResultType]::ParameterName, 'Results per page, 1 to 500')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'Send at most N requests per second across all workers, digest challenges included [default: no limit]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Webhook URL that receives alerts [required]; ''-'' reads it from stdin, ''@PATH'' from a file')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'Secret used to sign webhook requests; ''-'' reads it from stdin, ''@PATH'' from a file')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A field omi''s table does not know, sent as given; VALUE is JSON when it parses, else a string (repeatable)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification (unsafe; prints a warning)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response body as received, for jq and scripts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be sent, secrets masked, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Ask the server for indented JSON')
            [CompletionResult]::new('--envelope', '--envelope', [CompletionResultType]::ParameterName, 'Ask the server to wrap responses in {status, content}')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Do not keep or use the server''s digest nonce between runs (costs a challenge round trip per run) [env: OMI_NO_CACHE=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'omi;update;microsoft-teams' {
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Public API key [env: OMI_PUBLIC_KEY]')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]')
            [CompletionResult]::new('--project-id', '--project-id', [CompletionResultType]::ParameterName, 'Project (group) id, 24 hex characters; repeatable for list, apply and export [env: OMI_PROJECT_ID]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project by name, instead of --project-id; repeatable where --project-id is')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: OMI_PROFILE] [default: default]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM certificate authority (private Ops Manager CA)')
            [CompletionResult]::new('--page-num', '--page-num', [CompletionResultType]::ParameterName, 'Page of results to return, from 1')
            [CompletionResult]::new('--items-per-page', '--items-per-page', [CompletionResultType]::ParameterName, 'Results per page, 1 to 500')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'Send at most N requests per second across all workers, digest challenges included [default: no limit]')
            [CompletionResult]::new('--webhook-url', '--webhook-url', [CompletionResultType]::ParameterName, 'Microsoft Teams incoming webhook URL [required]; ''-'' reads it from stdin, ''@PATH'' from a file')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A field omi''s table does not know, sent as given; VALUE is JSON when it parses, else a string (repeatable)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification (unsafe; prints a warning)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response body as received, for jq and scripts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be sent, secrets masked, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Ask the server for indented JSON')
            [CompletionResult]::new('--envelope', '--envelope', [CompletionResultType]::ParameterName, 'Ask the server to wrap responses in {status, content}')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Do not keep or use the server''s digest nonce between runs (costs a challenge round trip per run) [env: OMI_NO_CACHE=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'omi;update;MICROSOFT_TEAMS' {
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Public API key [env: OMI_PUBLIC_KEY]')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]')
            [CompletionResult]::new('--project-id', '--project-id', [CompletionResultType]::ParameterName, 'Project (group) id, 24 hex characters; repeatable for list, apply and export [env: OMI_PROJECT_ID]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project by name, instead of --project-id; repeatable where --project-id is')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: OMI_PROFILE] [default: default]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM certificate authority (private Ops Manager CA)')
            [CompletionResult]::new('--page-num', '--page-num', [CompletionResultType]::ParameterName, 'Page of results to return, from 1')
            [CompletionResult]::new('--items-per-page', '--items-per-page', [CompletionResultType]::ParameterName, 'Results per page, 1 to 500')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'Send at most N requests per second across all workers, digest challenges included [default: no limit]')
            [CompletionResult]::new('--webhook-url', '--webhook-url', [CompletionResultType]::ParameterName, 'Microsoft Teams incoming webhook URL [required]; ''-'' reads it from stdin, ''@PATH'' from a file')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A field omi''s table does not know, sent as given; VALUE is JSON when it parses, else a string (repeatable)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification (unsafe; prints a warning)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response body as received, for jq and scripts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be sent, secrets masked, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Ask the server for indented JSON')
            [CompletionResult]::new('--envelope', '--envelope', [CompletionResultType]::ParameterName, 'Ask the server to wrap responses in {status, content}')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Do not keep or use the server''s digest nonce between runs (costs a challenge round trip per run) [env: OMI_NO_CACHE=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'omi;update;prometheus' {
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Public API key [env: OMI_PUBLIC_KEY]')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]')
            [CompletionResult]::new('--project-id', '--project-id', [CompletionResultType]::ParameterName, 'Project (group) id, 24 hex characters; repeatable for list, apply and export [env: OMI_PROJECT_ID]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project by name, instead of --project-id; repeatable where --project-id is')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: OMI_PROFILE] [default: default]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM certificate authority (private Ops Manager CA)')
            [CompletionResult]::new('--page-num', '--page-num', [CompletionResultType]::ParameterName, 'Page of results to return, from 1')
            [CompletionResult]::new('--items-per-page', '--items-per-page', [CompletionResultType]::ParameterName, 'Results per page, 1 to 500')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'Send at most N requests per second across all workers, digest challenges included [default: no limit]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Prometheus username [required]')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Prometheus password [required]; ''-'' reads it from stdin, ''@PATH'' from a file')
            [CompletionResult]::new('--listen-address', '--listen-address', [CompletionResultType]::ParameterName, 'host:port Prometheus will scrape [required]')
            [CompletionResult]::new('--service-discovery', '--service-discovery', [CompletionResultType]::ParameterName, 'Service discovery method [required]')
            [CompletionResult]::new('--scheme', '--scheme', [CompletionResultType]::ParameterName, 'Protocol scheme Prometheus uses [required]')
            [CompletionResult]::new('--enabled', '--enabled', [CompletionResultType]::ParameterName, 'Whether Prometheus is enabled [required]')
            [CompletionResult]::new('--tls-pem-path', '--tls-pem-path', [CompletionResultType]::ParameterName, 'Absolute path to the PEM file on the Ops Manager host')
            [CompletionResult]::new('--tls-pem-password', '--tls-pem-password', [CompletionResultType]::ParameterName, 'Password of the PEM file; ''-'' reads it from stdin, ''@PATH'' from a file')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A field omi''s table does not know, sent as given; VALUE is JSON when it parses, else a string (repeatable)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification (unsafe; prints a warning)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response body as received, for jq and scripts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be sent, secrets masked, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Ask the server for indented JSON')
            [CompletionResult]::new('--envelope', '--envelope', [CompletionResultType]::ParameterName, 'Ask the server to wrap responses in {status, content}')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Do not keep or use the server''s digest nonce between runs (costs a challenge round trip per run) [env: OMI_NO_CACHE=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'omi;update;PROMETHEUS' {
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Public API key [env: OMI_PUBLIC_KEY]')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]')
            [CompletionResult]::new('--project-id', '--project-id', [CompletionResultType]::ParameterName, 'Project (group) id, 24 hex characters; repeatable for list, apply and export [env: OMI_PROJECT_ID]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project by name, instead of --project-id; repeatable where --project-id is')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: OMI_PROFILE] [default: default]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM certificate authority (private Ops Manager CA)')
            [CompletionResult]::new('--page-num', '--page-num', [CompletionResultType]::ParameterName, 'Page of results to return, from 1')
            [CompletionResult]::new('--items-per-page', '--items-per-page', [CompletionResultType]::ParameterName, 'Results per page, 1 to 500')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'Send at most N requests per second across all workers, digest challenges included [default: no limit]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Prometheus username [required]')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Prometheus password [required]; ''-'' reads it from stdin, ''@PATH'' from a file')
            [CompletionResult]::new('--listen-address', '--listen-address', [CompletionResultType]::ParameterName, 'host:port Prometheus will scrape [required]')
            [CompletionResult]::new('--service-discovery', '--service-discovery', [CompletionResultType]::ParameterName, 'Service discovery method [required]')
            [CompletionResult]::new('--scheme', '--scheme', [CompletionResultType]::ParameterName, 'Protocol scheme Prometheus uses [required]')
            [CompletionResult]::new('--enabled', '--enabled', [CompletionResultType]::ParameterName, 'Whether Prometheus is enabled [required]')
            [CompletionResult]::new('--tls-pem-path', '--tls-pem-path', [CompletionResultType]::ParameterName, 'Absolute path to the PEM file on the Ops Manager host')
            [CompletionResult]::new('--tls-pem-password', '--tls-pem-password', [CompletionResultType]::ParameterName, 'Password of the PEM file; ''-'' reads it from stdin, ''@PATH'' from a file')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A field omi''s table does not know, sent as given; VALUE is JSON when it parses, else a string (repeatable)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification (unsafe; prints a warning)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response body as received, for jq and scripts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be sent, secrets masked, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Ask the server for indented JSON')
            [CompletionResult]::new('--envelope', '--envelope', [CompletionResultType]::ParameterName, 'Ask the server to wrap responses in {status, content}')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Do not keep or use the server''s digest nonce between runs (costs a challenge round trip per run) [env: OMI_NO_CACHE=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'omi;update;new-relic' {
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Public API key [env: OMI_PUBLIC_KEY]')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]')
            [CompletionResult]::new('--project-id', '--project-id', [CompletionResultType]::ParameterName, 'Project (group) id, 24 hex characters; repeatable for list, apply and export [env: OMI_PROJECT_ID]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project by name, instead of --project-id; repeatable where --project-id is')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: OMI_PROFILE] [default: default]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM certificate authority (private Ops Manager CA)')
            [CompletionResult]::new('--page-num', '--page-num', [CompletionResultType]::ParameterName, 'Page of results to return, from 1')
            [CompletionResult]::new('--items-per-page', '--items-per-page', [CompletionResultType]::ParameterName, 'Results per page, 1 to 500')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'Send at most N requests per second across all workers, digest challenges included [default: no limit]')
            [CompletionResult]::new('--license-key', '--license-key', [CompletionResultType]::ParameterName, 'New Relic license key [required]; ''-'' reads it from stdin, ''@PATH'' from a file')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'New Relic account id [required]')
            [CompletionResult]::new('--write-token', '--write-token', [CompletionResultType]::ParameterName, 'New Relic insights write token [required]; ''-'' reads it from stdin, ''@PATH'' from a file')
            [CompletionResult]::new('--read-token', '--read-token', [CompletionResultType]::ParameterName, 'New Relic insights read token [required]; ''-'' reads it from stdin, ''@PATH'' from a file')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A field omi''s table does not know, sent as given; VALUE is JSON when it parses, else a string (repeatable)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification (unsafe; prints a warning)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response body as received, for jq and scripts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be sent, secrets masked, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Ask the server for indented JSON')
            [CompletionResult]::new('--envelope', '--envelope', [CompletionResultType]::ParameterName, 'Ask the server to wrap responses in {status, content}')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Do not keep or use the server''s digest nonce between runs (costs a challenge round trip per run) [env: OMI_NO_CACHE=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'omi;update;NEW_RELIC' {
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Public API key [env: OMI_PUBLIC_KEY]')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]')
            [CompletionResult]::new('--project-id', '--project-id', [CompletionResultType]::ParameterName, 'Project (group) id, 24 hex characters; repeatable for list, apply and export [env: OMI_PROJECT_ID]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project by name, instead of --project-id; repeatable where --project-id is')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: OMI_PROFILE] [default: default]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM certificate authority (private Ops Manager CA)')
            [CompletionResult]::new('--page-num', '--page-num', [CompletionResultType]::ParameterName, 'Page of results to return, from 1')
            [CompletionResult]::new('--items-per-page', '--items-per-page', [CompletionResultType]::ParameterName, 'Results per page, 1 to 500')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'Send at most N requests per second across all workers, digest challenges included [default: no limit]')
            [CompletionResult]::new('--license-key', '--license-key', [CompletionResultType]::ParameterName, 'New Relic license key [required]; ''-'' reads it from stdin, ''@PATH'' from a file')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'New Relic account id [required]')
            [CompletionResult]::new('--write-token', '--write-token', [CompletionResultType]::ParameterName, 'New Relic insights write token [required]; ''-'' reads it from stdin, ''@PATH'' from a file')
            [CompletionResult]::new('--read-token', '--read-token', [CompletionResultType]::ParameterName, 'New Relic insights read token [required]; ''-'' reads it from stdin, ''@PATH'' from a file')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A field omi''s table does not know, sent as given; VALUE is JSON when it parses, else a string (repeatable)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification (unsafe; prints a warning)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response body as received, for jq and scripts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be sent, secrets masked, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Ask the server for indented JSON')
            [CompletionResult]::new('--envelope', '--envelope', [CompletionResultType]::ParameterName, 'Ask the server to wrap responses in {status, content}')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Do not keep or use the server''s digest nonce between runs (costs a challenge round trip per run) [env: OMI_NO_CACHE=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'omi;update;help' {
            [CompletionResult]::new('pager-duty', 'pager-duty', [CompletionResultType]::ParameterValue, 'Create or replace the PagerDuty integration')
            [CompletionResult]::new('slack', 'slack', [CompletionResultType]::ParameterValue, 'Create or replace the Slack integration')
            [CompletionResult]::new('datadog', 'datadog', [CompletionResultType]::ParameterValue, 'Create or replace the Datadog integration')
            [CompletionResult]::new('hip-chat', 'hip-chat', [CompletionResultType]::ParameterValue, 'Create or replace the HipChat integration')
            [CompletionResult]::new('ops-genie', 'ops-genie', [CompletionResultType]::ParameterValue, 'Create or replace the Opsgenie integration')
            [CompletionResult]::new('victor-ops', 'victor-ops', [CompletionResultType]::ParameterValue, 'Create or replace the VictorOps integration')
            [CompletionResult]::new('webhook', 'webhook', [CompletionResultType]::ParameterValue, 'Create or replace the Webhook integration')
            [CompletionResult]::new('microsoft-teams', 'microsoft-teams', [CompletionResultType]::ParameterValue, 'Create or replace the Microsoft Teams integration')
            [CompletionResult]::new('prometheus', 'prometheus', [CompletionResultType]::ParameterValue, 'Create or replace the Prometheus integration')
            [CompletionResult]::new('new-relic', 'new-relic', [CompletionResultType]::ParameterValue, 'Create or replace the New Relic integration')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omi;update;help;pager-duty' {
            break
        }
        'omi;update;help;slack' {
            break
        }
        'omi;update;help;datadog' {
            break
        }
        'omi;update;help;hip-chat' {
            break
        }
        'omi;update;help;ops-genie' {
            break
        }
        'omi;update;help;victor-ops' {
            break
        }
        'omi;update;help;webhook' {
            break
        }
        'omi;update;help;microsoft-teams' {
            break
        }
        'omi;update;help;prometheus' {
            break
        }
        'omi;update;help;new-relic' {
            break
        }
        'omi;update;help;help' {
            break
        }
        'omi;list' {
            [CompletionResult]::new('--org-id', '--org-id', [CompletionResultType]::ParameterName, 'List every project of this organization (24 hex characters); repeatable')
            [CompletionResult]::new('--missing', '--missing', [CompletionResultType]::ParameterName, 'Only the projects that lack this type')
            [CompletionResult]::new('--has', '--has', [CompletionResultType]::ParameterName, 'Only the projects that have this type')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Public API key [env: OMI_PUBLIC_KEY]')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]')
            [CompletionResult]::new('--project-id', '--project-id', [CompletionResultType]::ParameterName, 'Project (group) id, 24 hex characters; repeatable for list, apply and export [env: OMI_PROJECT_ID]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project by name, instead of --project-id; repeatable where --project-id is')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: OMI_PROFILE] [default: default]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM certificate authority (private Ops Manager CA)')
            [CompletionResult]::new('--page-num', '--page-num', [CompletionResultType]::ParameterName, 'Page of results to return, from 1')
            [CompletionResult]::new('--items-per-page', '--items-per-page', [CompletionResultType]::ParameterName, 'Results per page, 1 to 500')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'Send at most N requests per second across all workers, digest challenges included [default: no limit]')
            [CompletionResult]::new('--all-projects', '--all-projects', [CompletionResultType]::ParameterName, 'List every project the key can see')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification (unsafe; prints a warning)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response body as received, for jq and scripts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be sent, secrets masked, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Ask the server for indented JSON')
            [CompletionResult]::new('--envelope', '--envelope', [CompletionResultType]::ParameterName, 'Ask the server to wrap responses in {status, content}')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Do not keep or use the server''s digest nonce between runs (costs a challenge round trip per run) [env: OMI_NO_CACHE=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'omi;get' {
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Public API key [env: OMI_PUBLIC_KEY]')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]')
            [CompletionResult]::new('--project-id', '--project-id', [CompletionResultType]::ParameterName, 'Project (group) id, 24 hex characters; repeatable for list, apply and export [env: OMI_PROJECT_ID]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project by name, instead of --project-id; repeatable where --project-id is')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: OMI_PROFILE] [default: default]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM certificate authority (private Ops Manager CA)')
            [CompletionResult]::new('--page-num', '--page-num', [CompletionResultType]::ParameterName, 'Page of results to return, from 1')
            [CompletionResult]::new('--items-per-page', '--items-per-page', [CompletionResultType]::ParameterName, 'Results per page, 1 to 500')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'Send at most N requests per second across all workers, digest challenges included [default: no limit]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification (unsafe; prints a warning)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response body as received, for jq and scripts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be sent, secrets masked, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Ask the server for indented JSON')
            [CompletionResult]::new('--envelope', '--envelope', [CompletionResultType]::ParameterName, 'Ask the server to wrap responses in {status, content}')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Do not keep or use the server''s digest nonce between runs (costs a challenge round trip per run) [env: OMI_NO_CACHE=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'omi;delete' {
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Public API key [env: OMI_PUBLIC_KEY]')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]')
            [CompletionResult]::new('--project-id', '--project-id', [CompletionResultType]::ParameterName, 'Project (group) id, 24 hex characters; repeatable for list, apply and export [env: OMI_PROJECT_ID]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project by name, instead of --project-id; repeatable where --project-id is')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: OMI_PROFILE] [default: default]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM certificate authority (private Ops Manager CA)')
            [CompletionResult]::new('--page-num', '--page-num', [CompletionResultType]::ParameterName, 'Page of results to return, from 1')
            [CompletionResult]::new('--items-per-page', '--items-per-page', [CompletionResultType]::ParameterName, 'Results per page, 1 to 500')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'Send at most N requests per second across all workers, digest challenges included [default: no limit]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification (unsafe; prints a warning)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response body as received, for jq and scripts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be sent, secrets masked, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Ask the server for indented JSON')
            [CompletionResult]::new('--envelope', '--envelope', [CompletionResultType]::ParameterName, 'Ask the server to wrap responses in {status, content}')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Do not keep or use the server''s digest nonce between runs (costs a challenge round trip per run) [env: OMI_NO_CACHE=1]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'omi;apply' {
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Public API key [env: OMI_PUBLIC_KEY]')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]')
            [CompletionResult]::new('--project-id', '--project-id', [CompletionResultType]::ParameterName, 'Project (group) id, 24 hex characters; repeatable for list, apply and export [env: OMI_PROJECT_ID]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project by name, instead of --project-id; repeatable where --project-id is')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: OMI_PROFILE] [default: default]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM certificate authority (private Ops Manager CA)')
            [CompletionResult]::new('--page-num', '--page-num', [CompletionResultType]::ParameterName, 'Page of results to return, from 1')
            [CompletionResult]::new('--items-per-page', '--items-per-page', [CompletionResultType]::ParameterName, 'Results per page, 1 to 500')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'Send at most N requests per second across all workers, digest challenges included [default: no limit]')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Desired integrations, JSON or TOML (by extension)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Desired integrations, JSON or TOML (by extension)')
            [CompletionResult]::new('--org-id', '--org-id', [CompletionResultType]::ParameterName, 'Target every project of this organization (24 hex characters); repeatable')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once (twice as many projects are worked on)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification (unsafe; prints a warning)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response body as received, for jq and scripts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be sent, secrets masked, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Ask the server for indented JSON')
            [CompletionResult]::new('--envelope', '--envelope', [CompletionResultType]::ParameterName, 'Ask the server to wrap responses in {status, content}')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Do not keep or use the server''s digest nonce between runs (costs a challenge round trip per run) [env: OMI_NO_CACHE=1]')
            [CompletionResult]::new('--all-projects', '--all-projects', [CompletionResultType]::ParameterName, 'Target every project the key can see')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Delete integrations the file does not declare')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace every declared integration, even if it looks unchanged')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before --prune deletes (required when stdin is not a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before --prune deletes (required when stdin is not a terminal)')
            [CompletionResult]::new('--exit-code', '--exit-code', [CompletionResultType]::ParameterName, 'With --dry-run: exit 7 when changes are pending, 0 when none (for CI drift checks)')
            [CompletionResult]::new('--all-rows', '--all-rows', [CompletionResultType]::ParameterName, 'List unchanged rows too (a terminal shows only what changes, fails or cannot be verified)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'omi;projects' {
            [CompletionResult]::new('--org-id', '--org-id', [CompletionResultType]::ParameterName, 'Only this organization''s projects (24 hex characters)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Public API key [env: OMI_PUBLIC_KEY]')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]')
            [CompletionResult]::new('--project-id', '--project-id', [CompletionResultType]::ParameterName, 'Project (group) id, 24 hex characters; repeatable for list, apply and export [env: OMI_PROJECT_ID]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project by name, instead of --project-id; repeatable where --project-id is')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: OMI_PROFILE] [default: default]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM certificate authority (private Ops Manager CA)')
            [CompletionResult]::new('--page-num', '--page-num', [CompletionResultType]::ParameterName, 'Page of results to return, from 1')
            [CompletionResult]::new('--items-per-page', '--items-per-page', [CompletionResultType]::ParameterName, 'Results per page, 1 to 500')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'Send at most N requests per second across all workers, digest challenges included [default: no limit]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification (unsafe; prints a warning)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response body as received, for jq and scripts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be sent, secrets masked, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Ask the server for indented JSON')
            [CompletionResult]::new('--envelope', '--envelope', [CompletionResultType]::ParameterName, 'Ask the server to wrap responses in {status, content}')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Do not keep or use the server''s digest nonce between runs (costs a challenge round trip per run) [env: OMI_NO_CACHE=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'omi;export' {
            [CompletionResult]::new('--org-id', '--org-id', [CompletionResultType]::ParameterName, 'Export every project of this organization (24 hex characters); repeatable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'File format')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE (mode 0600) instead of stdout, keeping the variable names FILE uses')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE (mode 0600) instead of stdout, keeping the variable names FILE uses')
            [CompletionResult]::new('--share', '--share', [CompletionResultType]::ParameterName, 'Every project holds the same value for this secret field: one variable (NAME, or TYPE_FIELD) for all, e.g. OPS_GENIE.apiKey=OPSGENIE_KEY; repeatable')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Also write a template of the variables (NAME= lines, mode 0600) to PATH')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Public API key [env: OMI_PUBLIC_KEY]')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]')
            [CompletionResult]::new('--project-id', '--project-id', [CompletionResultType]::ParameterName, 'Project (group) id, 24 hex characters; repeatable for list, apply and export [env: OMI_PROJECT_ID]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project by name, instead of --project-id; repeatable where --project-id is')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: OMI_PROFILE] [default: default]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM certificate authority (private Ops Manager CA)')
            [CompletionResult]::new('--page-num', '--page-num', [CompletionResultType]::ParameterName, 'Page of results to return, from 1')
            [CompletionResult]::new('--items-per-page', '--items-per-page', [CompletionResultType]::ParameterName, 'Results per page, 1 to 500')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'Send at most N requests per second across all workers, digest challenges included [default: no limit]')
            [CompletionResult]::new('--all-projects', '--all-projects', [CompletionResultType]::ParameterName, 'Export every project the key can see')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification (unsafe; prints a warning)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response body as received, for jq and scripts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be sent, secrets masked, and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Ask the server for indented JSON')
            [CompletionResult]::new('--envelope', '--envelope', [CompletionResultType]::ParameterName, 'Ask the server to wrap responses in {status, content}')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Do not keep or use the server''s digest nonce between runs (costs a challenge round trip per run) [env: OMI_NO_CACHE=1]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'omi;schema' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'omi;config' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a key in a profile (file mode 0600)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a profile, secrets masked; with --effective, what a command would use')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the config file''s path')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omi;config;set' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: OMI_PROFILE] [default: default]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'omi;config;show' {
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Public API key [env: OMI_PUBLIC_KEY]')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'Private API key; ''-'' reads it from stdin, ''@PATH'' from a file [env: OMI_PRIVATE_KEY]')
            [CompletionResult]::new('--project-id', '--project-id', [CompletionResultType]::ParameterName, 'Project (group) id, 24 hex characters; repeatable for list, apply and export [env: OMI_PROJECT_ID]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project by name, instead of --project-id; repeatable where --project-id is')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: OMI_PROFILE] [default: default]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this PEM certificate authority (private Ops Manager CA)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip TLS certificate verification (unsafe; prints a warning)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the response body as received, for jq and scripts')
            [CompletionResult]::new('--effective', '--effective', [CompletionResultType]::ParameterName, 'Show the settings a command would use (flags, OMI_*, MCLI_*, profile) and where each comes from')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'omi;config;path' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'omi;config;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a key in a profile (file mode 0600)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a profile, secrets masked; with --effective, what a command would use')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the config file''s path')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omi;config;help;set' {
            break
        }
        'omi;config;help;show' {
            break
        }
        'omi;config;help;path' {
            break
        }
        'omi;config;help;help' {
            break
        }
        'omi;completions' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'omi;man' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'omi;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an integration (POST); fails if the type is already configured')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Create or replace an integration (PUT)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the project''s integrations, or which projects have which')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one integration')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an integration')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Converge projects to the integrations declared in a file')
            [CompletionResult]::new('projects', 'projects', [CompletionResultType]::ParameterValue, 'List the projects the key can see: id, name, organization')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write an apply file of the integrations the projects have now')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Print the JSON Schema of the apply file (draft 2020-12)')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Read and write the config file')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'omi;help;create' {
            [CompletionResult]::new('pager-duty', 'pager-duty', [CompletionResultType]::ParameterValue, 'Create the PagerDuty integration')
            [CompletionResult]::new('slack', 'slack', [CompletionResultType]::ParameterValue, 'Create the Slack integration')
            [CompletionResult]::new('datadog', 'datadog', [CompletionResultType]::ParameterValue, 'Create the Datadog integration')
            [CompletionResult]::new('hip-chat', 'hip-chat', [CompletionResultType]::ParameterValue, 'Create the HipChat integration')
            [CompletionResult]::new('ops-genie', 'ops-genie', [CompletionResultType]::ParameterValue, 'Create the Opsgenie integration')
            [CompletionResult]::new('victor-ops', 'victor-ops', [CompletionResultType]::ParameterValue, 'Create the VictorOps integration')
            [CompletionResult]::new('webhook', 'webhook', [CompletionResultType]::ParameterValue, 'Create the Webhook integration')
            [CompletionResult]::new('microsoft-teams', 'microsoft-teams', [CompletionResultType]::ParameterValue, 'Create the Microsoft Teams integration')
            [CompletionResult]::new('prometheus', 'prometheus', [CompletionResultType]::ParameterValue, 'Create the Prometheus integration')
            [CompletionResult]::new('new-relic', 'new-relic', [CompletionResultType]::ParameterValue, 'Create the New Relic integration')
            break
        }
        'omi;help;create;pager-duty' {
            break
        }
        'omi;help;create;slack' {
            break
        }
        'omi;help;create;datadog' {
            break
        }
        'omi;help;create;hip-chat' {
            break
        }
        'omi;help;create;ops-genie' {
            break
        }
        'omi;help;create;victor-ops' {
            break
        }
        'omi;help;create;webhook' {
            break
        }
        'omi;help;create;microsoft-teams' {
            break
        }
        'omi;help;create;prometheus' {
            break
        }
        'omi;help;create;new-relic' {
            break
        }
        'omi;help;update' {
            [CompletionResult]::new('pager-duty', 'pager-duty', [CompletionResultType]::ParameterValue, 'Create or replace the PagerDuty integration')
            [CompletionResult]::new('slack', 'slack', [CompletionResultType]::ParameterValue, 'Create or replace the Slack integration')
            [CompletionResult]::new('datadog', 'datadog', [CompletionResultType]::ParameterValue, 'Create or replace the Datadog integration')
            [CompletionResult]::new('hip-chat', 'hip-chat', [CompletionResultType]::ParameterValue, 'Create or replace the HipChat integration')
            [CompletionResult]::new('ops-genie', 'ops-genie', [CompletionResultType]::ParameterValue, 'Create or replace the Opsgenie integration')
            [CompletionResult]::new('victor-ops', 'victor-ops', [CompletionResultType]::ParameterValue, 'Create or replace the VictorOps integration')
            [CompletionResult]::new('webhook', 'webhook', [CompletionResultType]::ParameterValue, 'Create or replace the Webhook integration')
            [CompletionResult]::new('microsoft-teams', 'microsoft-teams', [CompletionResultType]::ParameterValue, 'Create or replace the Microsoft Teams integration')
            [CompletionResult]::new('prometheus', 'prometheus', [CompletionResultType]::ParameterValue, 'Create or replace the Prometheus integration')
            [CompletionResult]::new('new-relic', 'new-relic', [CompletionResultType]::ParameterValue, 'Create or replace the New Relic integration')
            break
        }
        'omi;help;update;pager-duty' {
            break
        }
        'omi;help;update;slack' {
            break
        }
        'omi;help;update;datadog' {
            break
        }
        'omi;help;update;hip-chat' {
            break
        }
        'omi;help;update;ops-genie' {
            break
        }
        'omi;help;update;victor-ops' {
            break
        }
        'omi;help;update;webhook' {
            break
        }
        'omi;help;update;microsoft-teams' {
            break
        }
        'omi;help;update;prometheus' {
            break
        }
        'omi;help;update;new-relic' {
            break
        }
        'omi;help;list' {
            break
        }
        'omi;help;get' {
            break
        }
        'omi;help;delete' {
            break
        }
        'omi;help;apply' {
            break
        }
        'omi;help;projects' {
            break
        }
        'omi;help;export' {
            break
        }
        'omi;help;schema' {
            break
        }
        'omi;help;config' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a key in a profile (file mode 0600)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a profile, secrets masked; with --effective, what a command would use')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the config file''s path')
            break
        }
        'omi;help;config;set' {
            break
        }
        'omi;help;config;show' {
            break
        }
        'omi;help;config;path' {
            break
        }
        'omi;help;completions' {
            break
        }
        'omi;help;man' {
            break
        }
        'omi;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
