# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_omi_global_optspecs
    string join \n base-url= public-key= private-key= project-id= project= profile= ca-cert= insecure json dry-run v/verbose q/quiet page-num= items-per-page= pretty envelope timeout= retries= max-wait= max-rate= no-cache h/help V/version
end

function __fish_omi_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_omi_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_omi_using_subcommand
    set -l cmd (__fish_omi_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c omi -n "__fish_omi_needs_command" -l base-url -d 'Ops Manager URL [env: OMI_BASE_URL]' -r
complete -c omi -n "__fish_omi_needs_command" -l public-key -d 'Public API key [env: OMI_PUBLIC_KEY]' -r
complete -c omi -n "__fish_omi_needs_command" -l private-key -d 'Private API key, or - (stdin) or @FILE [env: OMI_PRIVATE_KEY]' -r
complete -c omi -n "__fish_omi_needs_command" -l project-id -d 'Project id (24 hex characters) [env: OMI_PROJECT_ID]' -r
complete -c omi -n "__fish_omi_needs_command" -l project -d 'Project by name, instead of --project-id' -r
complete -c omi -n "__fish_omi_needs_command" -l profile -d 'Profile of the config file [env: OMI_PROFILE]' -r -f -a "(omi config profiles 2>/dev/null)"
complete -c omi -n "__fish_omi_needs_command" -l ca-cert -d 'Also trust this PEM certificate authority' -r -F
complete -c omi -n "__fish_omi_needs_command" -l page-num -d 'Page of results to return, from 1' -r
complete -c omi -n "__fish_omi_needs_command" -l items-per-page -d 'Results per page, 1 to 500' -r
complete -c omi -n "__fish_omi_needs_command" -l timeout -d 'Per-request timeout [default: 30]' -r
complete -c omi -n "__fish_omi_needs_command" -l retries -d 'Retries on 429, 502-504, network errors [default: 3]' -r
complete -c omi -n "__fish_omi_needs_command" -l max-wait -d 'Longest wait between retries, in all [default: 60]' -r
complete -c omi -n "__fish_omi_needs_command" -l max-rate -d 'At most N requests per second [default: no limit]' -r
complete -c omi -n "__fish_omi_needs_command" -l insecure -d 'Skip TLS certificate checks (unsafe)'
complete -c omi -n "__fish_omi_needs_command" -l json -d 'Print the response body as received, for jq and scripts'
complete -c omi -n "__fish_omi_needs_command" -l dry-run -d 'Print what would be sent, secrets masked, and send nothing'
complete -c omi -n "__fish_omi_needs_command" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets masked)'
complete -c omi -n "__fish_omi_needs_command" -s q -l quiet -d 'No notes or progress on stderr; warnings and errors still show'
complete -c omi -n "__fish_omi_needs_command" -l pretty -d 'Ask the server for indented JSON'
complete -c omi -n "__fish_omi_needs_command" -l envelope -d 'Ask the server to wrap responses in {status, content}'
complete -c omi -n "__fish_omi_needs_command" -l no-cache -d 'Do not reuse the digest nonce between runs [env: OMI_NO_CACHE=1]'
complete -c omi -n "__fish_omi_needs_command" -s h -l help -d 'Print help (more with `omi help COMMAND`)'
complete -c omi -n "__fish_omi_needs_command" -s V -l version -d 'Print version'
complete -c omi -n "__fish_omi_needs_command" -f -a "create" -d 'Create an integration (POST); fails if the type is already configured'
complete -c omi -n "__fish_omi_needs_command" -f -a "update" -d 'Create or replace an integration (PUT)'
complete -c omi -n "__fish_omi_needs_command" -f -a "list" -d 'List the project\'s integrations, or which projects have which'
complete -c omi -n "__fish_omi_needs_command" -f -a "get" -d 'Show one integration'
complete -c omi -n "__fish_omi_needs_command" -f -a "delete" -d 'Delete an integration'
complete -c omi -n "__fish_omi_needs_command" -f -a "apply" -d 'Converge projects to the integrations declared in a file'
complete -c omi -n "__fish_omi_needs_command" -f -a "alerts" -d 'Alert notifications that copy an integration, and whether they still use its key'
complete -c omi -n "__fish_omi_needs_command" -f -a "projects" -d 'List the projects the key can see: id, name, organization'
complete -c omi -n "__fish_omi_needs_command" -f -a "export" -d 'Write an apply file of the integrations the projects have now'
complete -c omi -n "__fish_omi_needs_command" -f -a "schema" -d 'Print the JSON Schema of the apply file (draft 2020-12)'
complete -c omi -n "__fish_omi_needs_command" -f -a "config" -d 'Read and write the config file'
complete -c omi -n "__fish_omi_needs_command" -f -a "completions" -d 'Print a shell completion script; the examples install it'
complete -c omi -n "__fish_omi_needs_command" -f -a "man" -d 'Print the man page (roff)'
complete -c omi -n "__fish_omi_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omi -n "__fish_omi_using_subcommand create; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -l base-url -d 'Ops Manager URL [env: OMI_BASE_URL]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -l public-key -d 'Public API key [env: OMI_PUBLIC_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -l private-key -d 'Private API key, or - (stdin) or @FILE [env: OMI_PRIVATE_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -l project-id -d 'Project id (24 hex characters) [env: OMI_PROJECT_ID]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -l project -d 'Project by name, instead of --project-id' -r
complete -c omi -n "__fish_omi_using_subcommand create; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -l profile -d 'Profile of the config file [env: OMI_PROFILE]' -r -f -a "(omi config profiles 2>/dev/null)"
complete -c omi -n "__fish_omi_using_subcommand create; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -l ca-cert -d 'Also trust this PEM certificate authority' -r -F
complete -c omi -n "__fish_omi_using_subcommand create; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -l timeout -d 'Per-request timeout [default: 30]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -l retries -d 'Retries on 429, 502-504, network errors [default: 3]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -l max-wait -d 'Longest wait between retries, in all [default: 60]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -l max-rate -d 'At most N requests per second [default: no limit]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets masked)'
complete -c omi -n "__fish_omi_using_subcommand create; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -s q -l quiet -d 'No notes or progress on stderr; warnings and errors still show'
complete -c omi -n "__fish_omi_using_subcommand create; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -l json -d 'Print the response body as received, for jq and scripts'
complete -c omi -n "__fish_omi_using_subcommand create; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -l dry-run -d 'Print what would be sent, secrets masked, and send nothing'
complete -c omi -n "__fish_omi_using_subcommand create; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -l pretty -d 'Ask the server for indented JSON'
complete -c omi -n "__fish_omi_using_subcommand create; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -l envelope -d 'Ask the server to wrap responses in {status, content}'
complete -c omi -n "__fish_omi_using_subcommand create; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -l insecure -d 'Skip TLS certificate checks (unsafe)'
complete -c omi -n "__fish_omi_using_subcommand create; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -l no-cache -d 'Do not reuse the digest nonce between runs [env: OMI_NO_CACHE=1]'
complete -c omi -n "__fish_omi_using_subcommand create; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -s h -l help -d 'Print help (more with `omi help COMMAND`)'
complete -c omi -n "__fish_omi_using_subcommand create; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -f -a "pager-duty" -d 'Create the PagerDuty integration'
complete -c omi -n "__fish_omi_using_subcommand create; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -f -a "PAGER_DUTY" -d 'Create the PagerDuty integration'
complete -c omi -n "__fish_omi_using_subcommand create; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -f -a "slack" -d 'Create the Slack integration'
complete -c omi -n "__fish_omi_using_subcommand create; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -f -a "SLACK" -d 'Create the Slack integration'
complete -c omi -n "__fish_omi_using_subcommand create; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -f -a "datadog" -d 'Create the Datadog integration'
complete -c omi -n "__fish_omi_using_subcommand create; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -f -a "DATADOG" -d 'Create the Datadog integration'
complete -c omi -n "__fish_omi_using_subcommand create; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -f -a "hip-chat" -d 'Create the HipChat integration'
complete -c omi -n "__fish_omi_using_subcommand create; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -f -a "HIP_CHAT" -d 'Create the HipChat integration'
complete -c omi -n "__fish_omi_using_subcommand create; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -f -a "ops-genie" -d 'Create the Opsgenie integration'
complete -c omi -n "__fish_omi_using_subcommand create; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -f -a "OPS_GENIE" -d 'Create the Opsgenie integration'
complete -c omi -n "__fish_omi_using_subcommand create; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -f -a "victor-ops" -d 'Create the VictorOps integration'
complete -c omi -n "__fish_omi_using_subcommand create; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -f -a "VICTOR_OPS" -d 'Create the VictorOps integration'
complete -c omi -n "__fish_omi_using_subcommand create; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -f -a "webhook" -d 'Create the Webhook integration'
complete -c omi -n "__fish_omi_using_subcommand create; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -f -a "WEBHOOK" -d 'Create the Webhook integration'
complete -c omi -n "__fish_omi_using_subcommand create; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -f -a "microsoft-teams" -d 'Create the Microsoft Teams integration'
complete -c omi -n "__fish_omi_using_subcommand create; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -f -a "MICROSOFT_TEAMS" -d 'Create the Microsoft Teams integration'
complete -c omi -n "__fish_omi_using_subcommand create; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -f -a "prometheus" -d 'Create the Prometheus integration'
complete -c omi -n "__fish_omi_using_subcommand create; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -f -a "PROMETHEUS" -d 'Create the Prometheus integration'
complete -c omi -n "__fish_omi_using_subcommand create; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -f -a "new-relic" -d 'Create the New Relic integration'
complete -c omi -n "__fish_omi_using_subcommand create; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -f -a "NEW_RELIC" -d 'Create the New Relic integration'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from pager-duty" -l service-key -d 'PagerDuty integration key, or - (stdin) or @FILE [required]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from pager-duty" -l field -d 'Another field, sent as given (JSON if it parses); repeatable' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from pager-duty" -l base-url -d 'Ops Manager URL [env: OMI_BASE_URL]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from pager-duty" -l public-key -d 'Public API key [env: OMI_PUBLIC_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from pager-duty" -l private-key -d 'Private API key, or - (stdin) or @FILE [env: OMI_PRIVATE_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from pager-duty" -l project-id -d 'Project id (24 hex characters) [env: OMI_PROJECT_ID]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from pager-duty" -l project -d 'Project by name, instead of --project-id' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from pager-duty" -l profile -d 'Profile of the config file [env: OMI_PROFILE]' -r -f -a "(omi config profiles 2>/dev/null)"
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from pager-duty" -l ca-cert -d 'Also trust this PEM certificate authority' -r -F
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from pager-duty" -l timeout -d 'Per-request timeout [default: 30]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from pager-duty" -l retries -d 'Retries on 429, 502-504, network errors [default: 3]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from pager-duty" -l max-wait -d 'Longest wait between retries, in all [default: 60]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from pager-duty" -l max-rate -d 'At most N requests per second [default: no limit]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from pager-duty" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets masked)'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from pager-duty" -s q -l quiet -d 'No notes or progress on stderr; warnings and errors still show'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from pager-duty" -l json -d 'Print the response body as received, for jq and scripts'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from pager-duty" -l dry-run -d 'Print what would be sent, secrets masked, and send nothing'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from pager-duty" -l pretty -d 'Ask the server for indented JSON'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from pager-duty" -l envelope -d 'Ask the server to wrap responses in {status, content}'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from pager-duty" -l insecure -d 'Skip TLS certificate checks (unsafe)'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from pager-duty" -l no-cache -d 'Do not reuse the digest nonce between runs [env: OMI_NO_CACHE=1]'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from pager-duty" -s h -l help -d 'Print help (more with `omi help COMMAND`)'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from PAGER_DUTY" -l service-key -d 'PagerDuty integration key, or - (stdin) or @FILE [required]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from PAGER_DUTY" -l field -d 'Another field, sent as given (JSON if it parses); repeatable' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from PAGER_DUTY" -l base-url -d 'Ops Manager URL [env: OMI_BASE_URL]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from PAGER_DUTY" -l public-key -d 'Public API key [env: OMI_PUBLIC_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from PAGER_DUTY" -l private-key -d 'Private API key, or - (stdin) or @FILE [env: OMI_PRIVATE_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from PAGER_DUTY" -l project-id -d 'Project id (24 hex characters) [env: OMI_PROJECT_ID]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from PAGER_DUTY" -l project -d 'Project by name, instead of --project-id' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from PAGER_DUTY" -l profile -d 'Profile of the config file [env: OMI_PROFILE]' -r -f -a "(omi config profiles 2>/dev/null)"
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from PAGER_DUTY" -l ca-cert -d 'Also trust this PEM certificate authority' -r -F
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from PAGER_DUTY" -l timeout -d 'Per-request timeout [default: 30]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from PAGER_DUTY" -l retries -d 'Retries on 429, 502-504, network errors [default: 3]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from PAGER_DUTY" -l max-wait -d 'Longest wait between retries, in all [default: 60]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from PAGER_DUTY" -l max-rate -d 'At most N requests per second [default: no limit]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from PAGER_DUTY" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets masked)'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from PAGER_DUTY" -s q -l quiet -d 'No notes or progress on stderr; warnings and errors still show'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from PAGER_DUTY" -l json -d 'Print the response body as received, for jq and scripts'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from PAGER_DUTY" -l dry-run -d 'Print what would be sent, secrets masked, and send nothing'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from PAGER_DUTY" -l pretty -d 'Ask the server for indented JSON'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from PAGER_DUTY" -l envelope -d 'Ask the server to wrap responses in {status, content}'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from PAGER_DUTY" -l insecure -d 'Skip TLS certificate checks (unsafe)'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from PAGER_DUTY" -l no-cache -d 'Do not reuse the digest nonce between runs [env: OMI_NO_CACHE=1]'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from PAGER_DUTY" -s h -l help -d 'Print help (more with `omi help COMMAND`)'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from slack" -l api-token -d 'Slack API token, or - (stdin) or @FILE [required]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from slack" -l team-name -d 'Slack team name [required]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from slack" -l channel-name -d 'Slack channel to post to' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from slack" -l field -d 'Another field, sent as given (JSON if it parses); repeatable' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from slack" -l base-url -d 'Ops Manager URL [env: OMI_BASE_URL]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from slack" -l public-key -d 'Public API key [env: OMI_PUBLIC_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from slack" -l private-key -d 'Private API key, or - (stdin) or @FILE [env: OMI_PRIVATE_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from slack" -l project-id -d 'Project id (24 hex characters) [env: OMI_PROJECT_ID]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from slack" -l project -d 'Project by name, instead of --project-id' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from slack" -l profile -d 'Profile of the config file [env: OMI_PROFILE]' -r -f -a "(omi config profiles 2>/dev/null)"
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from slack" -l ca-cert -d 'Also trust this PEM certificate authority' -r -F
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from slack" -l timeout -d 'Per-request timeout [default: 30]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from slack" -l retries -d 'Retries on 429, 502-504, network errors [default: 3]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from slack" -l max-wait -d 'Longest wait between retries, in all [default: 60]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from slack" -l max-rate -d 'At most N requests per second [default: no limit]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from slack" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets masked)'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from slack" -s q -l quiet -d 'No notes or progress on stderr; warnings and errors still show'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from slack" -l json -d 'Print the response body as received, for jq and scripts'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from slack" -l dry-run -d 'Print what would be sent, secrets masked, and send nothing'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from slack" -l pretty -d 'Ask the server for indented JSON'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from slack" -l envelope -d 'Ask the server to wrap responses in {status, content}'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from slack" -l insecure -d 'Skip TLS certificate checks (unsafe)'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from slack" -l no-cache -d 'Do not reuse the digest nonce between runs [env: OMI_NO_CACHE=1]'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from slack" -s h -l help -d 'Print help (more with `omi help COMMAND`)'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from SLACK" -l api-token -d 'Slack API token, or - (stdin) or @FILE [required]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from SLACK" -l team-name -d 'Slack team name [required]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from SLACK" -l channel-name -d 'Slack channel to post to' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from SLACK" -l field -d 'Another field, sent as given (JSON if it parses); repeatable' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from SLACK" -l base-url -d 'Ops Manager URL [env: OMI_BASE_URL]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from SLACK" -l public-key -d 'Public API key [env: OMI_PUBLIC_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from SLACK" -l private-key -d 'Private API key, or - (stdin) or @FILE [env: OMI_PRIVATE_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from SLACK" -l project-id -d 'Project id (24 hex characters) [env: OMI_PROJECT_ID]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from SLACK" -l project -d 'Project by name, instead of --project-id' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from SLACK" -l profile -d 'Profile of the config file [env: OMI_PROFILE]' -r -f -a "(omi config profiles 2>/dev/null)"
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from SLACK" -l ca-cert -d 'Also trust this PEM certificate authority' -r -F
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from SLACK" -l timeout -d 'Per-request timeout [default: 30]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from SLACK" -l retries -d 'Retries on 429, 502-504, network errors [default: 3]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from SLACK" -l max-wait -d 'Longest wait between retries, in all [default: 60]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from SLACK" -l max-rate -d 'At most N requests per second [default: no limit]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from SLACK" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets masked)'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from SLACK" -s q -l quiet -d 'No notes or progress on stderr; warnings and errors still show'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from SLACK" -l json -d 'Print the response body as received, for jq and scripts'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from SLACK" -l dry-run -d 'Print what would be sent, secrets masked, and send nothing'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from SLACK" -l pretty -d 'Ask the server for indented JSON'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from SLACK" -l envelope -d 'Ask the server to wrap responses in {status, content}'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from SLACK" -l insecure -d 'Skip TLS certificate checks (unsafe)'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from SLACK" -l no-cache -d 'Do not reuse the digest nonce between runs [env: OMI_NO_CACHE=1]'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from SLACK" -s h -l help -d 'Print help (more with `omi help COMMAND`)'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from datadog" -l api-key -d 'Datadog API key, or - (stdin) or @FILE [required]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from datadog" -l region -d 'Datadog site region (US|EU|US3|US5|AP1|US1_FED)' -r -f -a "US\t''
EU\t''
US3\t''
US5\t''
AP1\t''
US1_FED\t''"
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from datadog" -l field -d 'Another field, sent as given (JSON if it parses); repeatable' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from datadog" -l base-url -d 'Ops Manager URL [env: OMI_BASE_URL]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from datadog" -l public-key -d 'Public API key [env: OMI_PUBLIC_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from datadog" -l private-key -d 'Private API key, or - (stdin) or @FILE [env: OMI_PRIVATE_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from datadog" -l project-id -d 'Project id (24 hex characters) [env: OMI_PROJECT_ID]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from datadog" -l project -d 'Project by name, instead of --project-id' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from datadog" -l profile -d 'Profile of the config file [env: OMI_PROFILE]' -r -f -a "(omi config profiles 2>/dev/null)"
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from datadog" -l ca-cert -d 'Also trust this PEM certificate authority' -r -F
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from datadog" -l timeout -d 'Per-request timeout [default: 30]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from datadog" -l retries -d 'Retries on 429, 502-504, network errors [default: 3]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from datadog" -l max-wait -d 'Longest wait between retries, in all [default: 60]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from datadog" -l max-rate -d 'At most N requests per second [default: no limit]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from datadog" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets masked)'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from datadog" -s q -l quiet -d 'No notes or progress on stderr; warnings and errors still show'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from datadog" -l json -d 'Print the response body as received, for jq and scripts'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from datadog" -l dry-run -d 'Print what would be sent, secrets masked, and send nothing'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from datadog" -l pretty -d 'Ask the server for indented JSON'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from datadog" -l envelope -d 'Ask the server to wrap responses in {status, content}'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from datadog" -l insecure -d 'Skip TLS certificate checks (unsafe)'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from datadog" -l no-cache -d 'Do not reuse the digest nonce between runs [env: OMI_NO_CACHE=1]'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from datadog" -s h -l help -d 'Print help (more with `omi help COMMAND`)'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from DATADOG" -l api-key -d 'Datadog API key, or - (stdin) or @FILE [required]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from DATADOG" -l region -d 'Datadog site region (US|EU|US3|US5|AP1|US1_FED)' -r -f -a "US\t''
EU\t''
US3\t''
US5\t''
AP1\t''
US1_FED\t''"
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from DATADOG" -l field -d 'Another field, sent as given (JSON if it parses); repeatable' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from DATADOG" -l base-url -d 'Ops Manager URL [env: OMI_BASE_URL]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from DATADOG" -l public-key -d 'Public API key [env: OMI_PUBLIC_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from DATADOG" -l private-key -d 'Private API key, or - (stdin) or @FILE [env: OMI_PRIVATE_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from DATADOG" -l project-id -d 'Project id (24 hex characters) [env: OMI_PROJECT_ID]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from DATADOG" -l project -d 'Project by name, instead of --project-id' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from DATADOG" -l profile -d 'Profile of the config file [env: OMI_PROFILE]' -r -f -a "(omi config profiles 2>/dev/null)"
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from DATADOG" -l ca-cert -d 'Also trust this PEM certificate authority' -r -F
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from DATADOG" -l timeout -d 'Per-request timeout [default: 30]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from DATADOG" -l retries -d 'Retries on 429, 502-504, network errors [default: 3]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from DATADOG" -l max-wait -d 'Longest wait between retries, in all [default: 60]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from DATADOG" -l max-rate -d 'At most N requests per second [default: no limit]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from DATADOG" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets masked)'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from DATADOG" -s q -l quiet -d 'No notes or progress on stderr; warnings and errors still show'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from DATADOG" -l json -d 'Print the response body as received, for jq and scripts'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from DATADOG" -l dry-run -d 'Print what would be sent, secrets masked, and send nothing'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from DATADOG" -l pretty -d 'Ask the server for indented JSON'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from DATADOG" -l envelope -d 'Ask the server to wrap responses in {status, content}'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from DATADOG" -l insecure -d 'Skip TLS certificate checks (unsafe)'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from DATADOG" -l no-cache -d 'Do not reuse the digest nonce between runs [env: OMI_NO_CACHE=1]'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from DATADOG" -s h -l help -d 'Print help (more with `omi help COMMAND`)'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from hip-chat" -l notification-token -d 'HipChat notification token, or - (stdin) or @FILE [required]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from hip-chat" -l room-name -d 'HipChat room name [required]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from hip-chat" -l field -d 'Another field, sent as given (JSON if it parses); repeatable' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from hip-chat" -l base-url -d 'Ops Manager URL [env: OMI_BASE_URL]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from hip-chat" -l public-key -d 'Public API key [env: OMI_PUBLIC_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from hip-chat" -l private-key -d 'Private API key, or - (stdin) or @FILE [env: OMI_PRIVATE_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from hip-chat" -l project-id -d 'Project id (24 hex characters) [env: OMI_PROJECT_ID]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from hip-chat" -l project -d 'Project by name, instead of --project-id' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from hip-chat" -l profile -d 'Profile of the config file [env: OMI_PROFILE]' -r -f -a "(omi config profiles 2>/dev/null)"
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from hip-chat" -l ca-cert -d 'Also trust this PEM certificate authority' -r -F
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from hip-chat" -l timeout -d 'Per-request timeout [default: 30]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from hip-chat" -l retries -d 'Retries on 429, 502-504, network errors [default: 3]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from hip-chat" -l max-wait -d 'Longest wait between retries, in all [default: 60]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from hip-chat" -l max-rate -d 'At most N requests per second [default: no limit]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from hip-chat" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets masked)'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from hip-chat" -s q -l quiet -d 'No notes or progress on stderr; warnings and errors still show'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from hip-chat" -l json -d 'Print the response body as received, for jq and scripts'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from hip-chat" -l dry-run -d 'Print what would be sent, secrets masked, and send nothing'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from hip-chat" -l pretty -d 'Ask the server for indented JSON'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from hip-chat" -l envelope -d 'Ask the server to wrap responses in {status, content}'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from hip-chat" -l insecure -d 'Skip TLS certificate checks (unsafe)'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from hip-chat" -l no-cache -d 'Do not reuse the digest nonce between runs [env: OMI_NO_CACHE=1]'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from hip-chat" -s h -l help -d 'Print help (more with `omi help COMMAND`)'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from HIP_CHAT" -l notification-token -d 'HipChat notification token, or - (stdin) or @FILE [required]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from HIP_CHAT" -l room-name -d 'HipChat room name [required]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from HIP_CHAT" -l field -d 'Another field, sent as given (JSON if it parses); repeatable' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from HIP_CHAT" -l base-url -d 'Ops Manager URL [env: OMI_BASE_URL]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from HIP_CHAT" -l public-key -d 'Public API key [env: OMI_PUBLIC_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from HIP_CHAT" -l private-key -d 'Private API key, or - (stdin) or @FILE [env: OMI_PRIVATE_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from HIP_CHAT" -l project-id -d 'Project id (24 hex characters) [env: OMI_PROJECT_ID]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from HIP_CHAT" -l project -d 'Project by name, instead of --project-id' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from HIP_CHAT" -l profile -d 'Profile of the config file [env: OMI_PROFILE]' -r -f -a "(omi config profiles 2>/dev/null)"
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from HIP_CHAT" -l ca-cert -d 'Also trust this PEM certificate authority' -r -F
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from HIP_CHAT" -l timeout -d 'Per-request timeout [default: 30]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from HIP_CHAT" -l retries -d 'Retries on 429, 502-504, network errors [default: 3]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from HIP_CHAT" -l max-wait -d 'Longest wait between retries, in all [default: 60]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from HIP_CHAT" -l max-rate -d 'At most N requests per second [default: no limit]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from HIP_CHAT" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets masked)'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from HIP_CHAT" -s q -l quiet -d 'No notes or progress on stderr; warnings and errors still show'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from HIP_CHAT" -l json -d 'Print the response body as received, for jq and scripts'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from HIP_CHAT" -l dry-run -d 'Print what would be sent, secrets masked, and send nothing'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from HIP_CHAT" -l pretty -d 'Ask the server for indented JSON'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from HIP_CHAT" -l envelope -d 'Ask the server to wrap responses in {status, content}'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from HIP_CHAT" -l insecure -d 'Skip TLS certificate checks (unsafe)'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from HIP_CHAT" -l no-cache -d 'Do not reuse the digest nonce between runs [env: OMI_NO_CACHE=1]'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from HIP_CHAT" -s h -l help -d 'Print help (more with `omi help COMMAND`)'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from ops-genie" -l api-key -d 'Opsgenie API key, or - (stdin) or @FILE [required]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from ops-genie" -l region -d 'Opsgenie API region (US|EU) [required]' -r -f -a "US\t''
EU\t''"
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from ops-genie" -l field -d 'Another field, sent as given (JSON if it parses); repeatable' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from ops-genie" -l base-url -d 'Ops Manager URL [env: OMI_BASE_URL]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from ops-genie" -l public-key -d 'Public API key [env: OMI_PUBLIC_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from ops-genie" -l private-key -d 'Private API key, or - (stdin) or @FILE [env: OMI_PRIVATE_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from ops-genie" -l project-id -d 'Project id (24 hex characters) [env: OMI_PROJECT_ID]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from ops-genie" -l project -d 'Project by name, instead of --project-id' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from ops-genie" -l profile -d 'Profile of the config file [env: OMI_PROFILE]' -r -f -a "(omi config profiles 2>/dev/null)"
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from ops-genie" -l ca-cert -d 'Also trust this PEM certificate authority' -r -F
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from ops-genie" -l timeout -d 'Per-request timeout [default: 30]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from ops-genie" -l retries -d 'Retries on 429, 502-504, network errors [default: 3]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from ops-genie" -l max-wait -d 'Longest wait between retries, in all [default: 60]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from ops-genie" -l max-rate -d 'At most N requests per second [default: no limit]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from ops-genie" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets masked)'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from ops-genie" -s q -l quiet -d 'No notes or progress on stderr; warnings and errors still show'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from ops-genie" -l json -d 'Print the response body as received, for jq and scripts'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from ops-genie" -l dry-run -d 'Print what would be sent, secrets masked, and send nothing'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from ops-genie" -l pretty -d 'Ask the server for indented JSON'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from ops-genie" -l envelope -d 'Ask the server to wrap responses in {status, content}'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from ops-genie" -l insecure -d 'Skip TLS certificate checks (unsafe)'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from ops-genie" -l no-cache -d 'Do not reuse the digest nonce between runs [env: OMI_NO_CACHE=1]'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from ops-genie" -s h -l help -d 'Print help (more with `omi help COMMAND`)'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from OPS_GENIE" -l api-key -d 'Opsgenie API key, or - (stdin) or @FILE [required]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from OPS_GENIE" -l region -d 'Opsgenie API region (US|EU) [required]' -r -f -a "US\t''
EU\t''"
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from OPS_GENIE" -l field -d 'Another field, sent as given (JSON if it parses); repeatable' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from OPS_GENIE" -l base-url -d 'Ops Manager URL [env: OMI_BASE_URL]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from OPS_GENIE" -l public-key -d 'Public API key [env: OMI_PUBLIC_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from OPS_GENIE" -l private-key -d 'Private API key, or - (stdin) or @FILE [env: OMI_PRIVATE_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from OPS_GENIE" -l project-id -d 'Project id (24 hex characters) [env: OMI_PROJECT_ID]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from OPS_GENIE" -l project -d 'Project by name, instead of --project-id' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from OPS_GENIE" -l profile -d 'Profile of the config file [env: OMI_PROFILE]' -r -f -a "(omi config profiles 2>/dev/null)"
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from OPS_GENIE" -l ca-cert -d 'Also trust this PEM certificate authority' -r -F
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from OPS_GENIE" -l timeout -d 'Per-request timeout [default: 30]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from OPS_GENIE" -l retries -d 'Retries on 429, 502-504, network errors [default: 3]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from OPS_GENIE" -l max-wait -d 'Longest wait between retries, in all [default: 60]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from OPS_GENIE" -l max-rate -d 'At most N requests per second [default: no limit]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from OPS_GENIE" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets masked)'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from OPS_GENIE" -s q -l quiet -d 'No notes or progress on stderr; warnings and errors still show'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from OPS_GENIE" -l json -d 'Print the response body as received, for jq and scripts'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from OPS_GENIE" -l dry-run -d 'Print what would be sent, secrets masked, and send nothing'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from OPS_GENIE" -l pretty -d 'Ask the server for indented JSON'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from OPS_GENIE" -l envelope -d 'Ask the server to wrap responses in {status, content}'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from OPS_GENIE" -l insecure -d 'Skip TLS certificate checks (unsafe)'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from OPS_GENIE" -l no-cache -d 'Do not reuse the digest nonce between runs [env: OMI_NO_CACHE=1]'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from OPS_GENIE" -s h -l help -d 'Print help (more with `omi help COMMAND`)'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from victor-ops" -l api-key -d 'VictorOps API key, or - (stdin) or @FILE [required]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from victor-ops" -l routing-key -d 'VictorOps routing key, or - (stdin) or @FILE' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from victor-ops" -l field -d 'Another field, sent as given (JSON if it parses); repeatable' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from victor-ops" -l base-url -d 'Ops Manager URL [env: OMI_BASE_URL]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from victor-ops" -l public-key -d 'Public API key [env: OMI_PUBLIC_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from victor-ops" -l private-key -d 'Private API key, or - (stdin) or @FILE [env: OMI_PRIVATE_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from victor-ops" -l project-id -d 'Project id (24 hex characters) [env: OMI_PROJECT_ID]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from victor-ops" -l project -d 'Project by name, instead of --project-id' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from victor-ops" -l profile -d 'Profile of the config file [env: OMI_PROFILE]' -r -f -a "(omi config profiles 2>/dev/null)"
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from victor-ops" -l ca-cert -d 'Also trust this PEM certificate authority' -r -F
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from victor-ops" -l timeout -d 'Per-request timeout [default: 30]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from victor-ops" -l retries -d 'Retries on 429, 502-504, network errors [default: 3]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from victor-ops" -l max-wait -d 'Longest wait between retries, in all [default: 60]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from victor-ops" -l max-rate -d 'At most N requests per second [default: no limit]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from victor-ops" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets masked)'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from victor-ops" -s q -l quiet -d 'No notes or progress on stderr; warnings and errors still show'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from victor-ops" -l json -d 'Print the response body as received, for jq and scripts'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from victor-ops" -l dry-run -d 'Print what would be sent, secrets masked, and send nothing'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from victor-ops" -l pretty -d 'Ask the server for indented JSON'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from victor-ops" -l envelope -d 'Ask the server to wrap responses in {status, content}'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from victor-ops" -l insecure -d 'Skip TLS certificate checks (unsafe)'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from victor-ops" -l no-cache -d 'Do not reuse the digest nonce between runs [env: OMI_NO_CACHE=1]'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from victor-ops" -s h -l help -d 'Print help (more with `omi help COMMAND`)'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from VICTOR_OPS" -l api-key -d 'VictorOps API key, or - (stdin) or @FILE [required]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from VICTOR_OPS" -l routing-key -d 'VictorOps routing key, or - (stdin) or @FILE' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from VICTOR_OPS" -l field -d 'Another field, sent as given (JSON if it parses); repeatable' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from VICTOR_OPS" -l base-url -d 'Ops Manager URL [env: OMI_BASE_URL]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from VICTOR_OPS" -l public-key -d 'Public API key [env: OMI_PUBLIC_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from VICTOR_OPS" -l private-key -d 'Private API key, or - (stdin) or @FILE [env: OMI_PRIVATE_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from VICTOR_OPS" -l project-id -d 'Project id (24 hex characters) [env: OMI_PROJECT_ID]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from VICTOR_OPS" -l project -d 'Project by name, instead of --project-id' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from VICTOR_OPS" -l profile -d 'Profile of the config file [env: OMI_PROFILE]' -r -f -a "(omi config profiles 2>/dev/null)"
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from VICTOR_OPS" -l ca-cert -d 'Also trust this PEM certificate authority' -r -F
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from VICTOR_OPS" -l timeout -d 'Per-request timeout [default: 30]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from VICTOR_OPS" -l retries -d 'Retries on 429, 502-504, network errors [default: 3]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from VICTOR_OPS" -l max-wait -d 'Longest wait between retries, in all [default: 60]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from VICTOR_OPS" -l max-rate -d 'At most N requests per second [default: no limit]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from VICTOR_OPS" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets masked)'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from VICTOR_OPS" -s q -l quiet -d 'No notes or progress on stderr; warnings and errors still show'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from VICTOR_OPS" -l json -d 'Print the response body as received, for jq and scripts'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from VICTOR_OPS" -l dry-run -d 'Print what would be sent, secrets masked, and send nothing'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from VICTOR_OPS" -l pretty -d 'Ask the server for indented JSON'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from VICTOR_OPS" -l envelope -d 'Ask the server to wrap responses in {status, content}'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from VICTOR_OPS" -l insecure -d 'Skip TLS certificate checks (unsafe)'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from VICTOR_OPS" -l no-cache -d 'Do not reuse the digest nonce between runs [env: OMI_NO_CACHE=1]'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from VICTOR_OPS" -s h -l help -d 'Print help (more with `omi help COMMAND`)'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from webhook" -l url -d 'Webhook URL that receives alerts, or - (stdin) or @FILE [required]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from webhook" -l secret -d 'Secret used to sign webhook requests, or - (stdin) or @FILE' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from webhook" -l field -d 'Another field, sent as given (JSON if it parses); repeatable' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from webhook" -l base-url -d 'Ops Manager URL [env: OMI_BASE_URL]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from webhook" -l public-key -d 'Public API key [env: OMI_PUBLIC_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from webhook" -l private-key -d 'Private API key, or - (stdin) or @FILE [env: OMI_PRIVATE_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from webhook" -l project-id -d 'Project id (24 hex characters) [env: OMI_PROJECT_ID]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from webhook" -l project -d 'Project by name, instead of --project-id' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from webhook" -l profile -d 'Profile of the config file [env: OMI_PROFILE]' -r -f -a "(omi config profiles 2>/dev/null)"
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from webhook" -l ca-cert -d 'Also trust this PEM certificate authority' -r -F
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from webhook" -l timeout -d 'Per-request timeout [default: 30]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from webhook" -l retries -d 'Retries on 429, 502-504, network errors [default: 3]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from webhook" -l max-wait -d 'Longest wait between retries, in all [default: 60]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from webhook" -l max-rate -d 'At most N requests per second [default: no limit]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from webhook" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets masked)'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from webhook" -s q -l quiet -d 'No notes or progress on stderr; warnings and errors still show'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from webhook" -l json -d 'Print the response body as received, for jq and scripts'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from webhook" -l dry-run -d 'Print what would be sent, secrets masked, and send nothing'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from webhook" -l pretty -d 'Ask the server for indented JSON'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from webhook" -l envelope -d 'Ask the server to wrap responses in {status, content}'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from webhook" -l insecure -d 'Skip TLS certificate checks (unsafe)'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from webhook" -l no-cache -d 'Do not reuse the digest nonce between runs [env: OMI_NO_CACHE=1]'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from webhook" -s h -l help -d 'Print help (more with `omi help COMMAND`)'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from WEBHOOK" -l url -d 'Webhook URL that receives alerts, or - (stdin) or @FILE [required]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from WEBHOOK" -l secret -d 'Secret used to sign webhook requests, or - (stdin) or @FILE' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from WEBHOOK" -l field -d 'Another field, sent as given (JSON if it parses); repeatable' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from WEBHOOK" -l base-url -d 'Ops Manager URL [env: OMI_BASE_URL]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from WEBHOOK" -l public-key -d 'Public API key [env: OMI_PUBLIC_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from WEBHOOK" -l private-key -d 'Private API key, or - (stdin) or @FILE [env: OMI_PRIVATE_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from WEBHOOK" -l project-id -d 'Project id (24 hex characters) [env: OMI_PROJECT_ID]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from WEBHOOK" -l project -d 'Project by name, instead of --project-id' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from WEBHOOK" -l profile -d 'Profile of the config file [env: OMI_PROFILE]' -r -f -a "(omi config profiles 2>/dev/null)"
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from WEBHOOK" -l ca-cert -d 'Also trust this PEM certificate authority' -r -F
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from WEBHOOK" -l timeout -d 'Per-request timeout [default: 30]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from WEBHOOK" -l retries -d 'Retries on 429, 502-504, network errors [default: 3]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from WEBHOOK" -l max-wait -d 'Longest wait between retries, in all [default: 60]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from WEBHOOK" -l max-rate -d 'At most N requests per second [default: no limit]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from WEBHOOK" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets masked)'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from WEBHOOK" -s q -l quiet -d 'No notes or progress on stderr; warnings and errors still show'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from WEBHOOK" -l json -d 'Print the response body as received, for jq and scripts'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from WEBHOOK" -l dry-run -d 'Print what would be sent, secrets masked, and send nothing'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from WEBHOOK" -l pretty -d 'Ask the server for indented JSON'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from WEBHOOK" -l envelope -d 'Ask the server to wrap responses in {status, content}'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from WEBHOOK" -l insecure -d 'Skip TLS certificate checks (unsafe)'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from WEBHOOK" -l no-cache -d 'Do not reuse the digest nonce between runs [env: OMI_NO_CACHE=1]'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from WEBHOOK" -s h -l help -d 'Print help (more with `omi help COMMAND`)'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from microsoft-teams" -l webhook-url -d 'Microsoft Teams incoming webhook URL, or - (stdin) or @FILE [required]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from microsoft-teams" -l field -d 'Another field, sent as given (JSON if it parses); repeatable' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from microsoft-teams" -l base-url -d 'Ops Manager URL [env: OMI_BASE_URL]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from microsoft-teams" -l public-key -d 'Public API key [env: OMI_PUBLIC_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from microsoft-teams" -l private-key -d 'Private API key, or - (stdin) or @FILE [env: OMI_PRIVATE_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from microsoft-teams" -l project-id -d 'Project id (24 hex characters) [env: OMI_PROJECT_ID]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from microsoft-teams" -l project -d 'Project by name, instead of --project-id' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from microsoft-teams" -l profile -d 'Profile of the config file [env: OMI_PROFILE]' -r -f -a "(omi config profiles 2>/dev/null)"
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from microsoft-teams" -l ca-cert -d 'Also trust this PEM certificate authority' -r -F
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from microsoft-teams" -l timeout -d 'Per-request timeout [default: 30]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from microsoft-teams" -l retries -d 'Retries on 429, 502-504, network errors [default: 3]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from microsoft-teams" -l max-wait -d 'Longest wait between retries, in all [default: 60]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from microsoft-teams" -l max-rate -d 'At most N requests per second [default: no limit]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from microsoft-teams" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets masked)'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from microsoft-teams" -s q -l quiet -d 'No notes or progress on stderr; warnings and errors still show'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from microsoft-teams" -l json -d 'Print the response body as received, for jq and scripts'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from microsoft-teams" -l dry-run -d 'Print what would be sent, secrets masked, and send nothing'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from microsoft-teams" -l pretty -d 'Ask the server for indented JSON'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from microsoft-teams" -l envelope -d 'Ask the server to wrap responses in {status, content}'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from microsoft-teams" -l insecure -d 'Skip TLS certificate checks (unsafe)'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from microsoft-teams" -l no-cache -d 'Do not reuse the digest nonce between runs [env: OMI_NO_CACHE=1]'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from microsoft-teams" -s h -l help -d 'Print help (more with `omi help COMMAND`)'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from MICROSOFT_TEAMS" -l webhook-url -d 'Microsoft Teams incoming webhook URL, or - (stdin) or @FILE [required]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from MICROSOFT_TEAMS" -l field -d 'Another field, sent as given (JSON if it parses); repeatable' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from MICROSOFT_TEAMS" -l base-url -d 'Ops Manager URL [env: OMI_BASE_URL]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from MICROSOFT_TEAMS" -l public-key -d 'Public API key [env: OMI_PUBLIC_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from MICROSOFT_TEAMS" -l private-key -d 'Private API key, or - (stdin) or @FILE [env: OMI_PRIVATE_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from MICROSOFT_TEAMS" -l project-id -d 'Project id (24 hex characters) [env: OMI_PROJECT_ID]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from MICROSOFT_TEAMS" -l project -d 'Project by name, instead of --project-id' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from MICROSOFT_TEAMS" -l profile -d 'Profile of the config file [env: OMI_PROFILE]' -r -f -a "(omi config profiles 2>/dev/null)"
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from MICROSOFT_TEAMS" -l ca-cert -d 'Also trust this PEM certificate authority' -r -F
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from MICROSOFT_TEAMS" -l timeout -d 'Per-request timeout [default: 30]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from MICROSOFT_TEAMS" -l retries -d 'Retries on 429, 502-504, network errors [default: 3]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from MICROSOFT_TEAMS" -l max-wait -d 'Longest wait between retries, in all [default: 60]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from MICROSOFT_TEAMS" -l max-rate -d 'At most N requests per second [default: no limit]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from MICROSOFT_TEAMS" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets masked)'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from MICROSOFT_TEAMS" -s q -l quiet -d 'No notes or progress on stderr; warnings and errors still show'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from MICROSOFT_TEAMS" -l json -d 'Print the response body as received, for jq and scripts'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from MICROSOFT_TEAMS" -l dry-run -d 'Print what would be sent, secrets masked, and send nothing'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from MICROSOFT_TEAMS" -l pretty -d 'Ask the server for indented JSON'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from MICROSOFT_TEAMS" -l envelope -d 'Ask the server to wrap responses in {status, content}'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from MICROSOFT_TEAMS" -l insecure -d 'Skip TLS certificate checks (unsafe)'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from MICROSOFT_TEAMS" -l no-cache -d 'Do not reuse the digest nonce between runs [env: OMI_NO_CACHE=1]'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from MICROSOFT_TEAMS" -s h -l help -d 'Print help (more with `omi help COMMAND`)'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from prometheus" -l username -d 'Prometheus username [required]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from prometheus" -l password -d 'Prometheus password, or - (stdin) or @FILE [required]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from prometheus" -l listen-address -d 'host:port Prometheus will scrape [required]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from prometheus" -l service-discovery -d 'Service discovery method (file|http) [required]' -r -f -a "file\t''
http\t''"
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from prometheus" -l scheme -d 'Protocol scheme Prometheus uses (http|https) [required]' -r -f -a "http\t''
https\t''"
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from prometheus" -l enabled -d 'Whether Prometheus is enabled (true|false) [required]' -r -f -a "true\t''
false\t''"
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from prometheus" -l tls-pem-path -d 'Absolute path to the PEM file on the Ops Manager host' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from prometheus" -l tls-pem-password -d 'Password of the PEM file, or - (stdin) or @FILE' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from prometheus" -l field -d 'Another field, sent as given (JSON if it parses); repeatable' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from prometheus" -l base-url -d 'Ops Manager URL [env: OMI_BASE_URL]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from prometheus" -l public-key -d 'Public API key [env: OMI_PUBLIC_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from prometheus" -l private-key -d 'Private API key, or - (stdin) or @FILE [env: OMI_PRIVATE_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from prometheus" -l project-id -d 'Project id (24 hex characters) [env: OMI_PROJECT_ID]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from prometheus" -l project -d 'Project by name, instead of --project-id' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from prometheus" -l profile -d 'Profile of the config file [env: OMI_PROFILE]' -r -f -a "(omi config profiles 2>/dev/null)"
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from prometheus" -l ca-cert -d 'Also trust this PEM certificate authority' -r -F
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from prometheus" -l timeout -d 'Per-request timeout [default: 30]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from prometheus" -l retries -d 'Retries on 429, 502-504, network errors [default: 3]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from prometheus" -l max-wait -d 'Longest wait between retries, in all [default: 60]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from prometheus" -l max-rate -d 'At most N requests per second [default: no limit]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from prometheus" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets masked)'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from prometheus" -s q -l quiet -d 'No notes or progress on stderr; warnings and errors still show'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from prometheus" -l json -d 'Print the response body as received, for jq and scripts'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from prometheus" -l dry-run -d 'Print what would be sent, secrets masked, and send nothing'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from prometheus" -l pretty -d 'Ask the server for indented JSON'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from prometheus" -l envelope -d 'Ask the server to wrap responses in {status, content}'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from prometheus" -l insecure -d 'Skip TLS certificate checks (unsafe)'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from prometheus" -l no-cache -d 'Do not reuse the digest nonce between runs [env: OMI_NO_CACHE=1]'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from prometheus" -s h -l help -d 'Print help (more with `omi help COMMAND`)'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from PROMETHEUS" -l username -d 'Prometheus username [required]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from PROMETHEUS" -l password -d 'Prometheus password, or - (stdin) or @FILE [required]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from PROMETHEUS" -l listen-address -d 'host:port Prometheus will scrape [required]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from PROMETHEUS" -l service-discovery -d 'Service discovery method (file|http) [required]' -r -f -a "file\t''
http\t''"
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from PROMETHEUS" -l scheme -d 'Protocol scheme Prometheus uses (http|https) [required]' -r -f -a "http\t''
https\t''"
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from PROMETHEUS" -l enabled -d 'Whether Prometheus is enabled (true|false) [required]' -r -f -a "true\t''
false\t''"
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from PROMETHEUS" -l tls-pem-path -d 'Absolute path to the PEM file on the Ops Manager host' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from PROMETHEUS" -l tls-pem-password -d 'Password of the PEM file, or - (stdin) or @FILE' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from PROMETHEUS" -l field -d 'Another field, sent as given (JSON if it parses); repeatable' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from PROMETHEUS" -l base-url -d 'Ops Manager URL [env: OMI_BASE_URL]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from PROMETHEUS" -l public-key -d 'Public API key [env: OMI_PUBLIC_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from PROMETHEUS" -l private-key -d 'Private API key, or - (stdin) or @FILE [env: OMI_PRIVATE_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from PROMETHEUS" -l project-id -d 'Project id (24 hex characters) [env: OMI_PROJECT_ID]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from PROMETHEUS" -l project -d 'Project by name, instead of --project-id' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from PROMETHEUS" -l profile -d 'Profile of the config file [env: OMI_PROFILE]' -r -f -a "(omi config profiles 2>/dev/null)"
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from PROMETHEUS" -l ca-cert -d 'Also trust this PEM certificate authority' -r -F
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from PROMETHEUS" -l timeout -d 'Per-request timeout [default: 30]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from PROMETHEUS" -l retries -d 'Retries on 429, 502-504, network errors [default: 3]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from PROMETHEUS" -l max-wait -d 'Longest wait between retries, in all [default: 60]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from PROMETHEUS" -l max-rate -d 'At most N requests per second [default: no limit]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from PROMETHEUS" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets masked)'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from PROMETHEUS" -s q -l quiet -d 'No notes or progress on stderr; warnings and errors still show'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from PROMETHEUS" -l json -d 'Print the response body as received, for jq and scripts'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from PROMETHEUS" -l dry-run -d 'Print what would be sent, secrets masked, and send nothing'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from PROMETHEUS" -l pretty -d 'Ask the server for indented JSON'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from PROMETHEUS" -l envelope -d 'Ask the server to wrap responses in {status, content}'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from PROMETHEUS" -l insecure -d 'Skip TLS certificate checks (unsafe)'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from PROMETHEUS" -l no-cache -d 'Do not reuse the digest nonce between runs [env: OMI_NO_CACHE=1]'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from PROMETHEUS" -s h -l help -d 'Print help (more with `omi help COMMAND`)'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from new-relic" -l license-key -d 'New Relic license key, or - (stdin) or @FILE [required]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from new-relic" -l account-id -d 'New Relic account id [required]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from new-relic" -l write-token -d 'New Relic insights write token, or - (stdin) or @FILE [required]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from new-relic" -l read-token -d 'New Relic insights read token, or - (stdin) or @FILE [required]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from new-relic" -l field -d 'Another field, sent as given (JSON if it parses); repeatable' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from new-relic" -l base-url -d 'Ops Manager URL [env: OMI_BASE_URL]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from new-relic" -l public-key -d 'Public API key [env: OMI_PUBLIC_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from new-relic" -l private-key -d 'Private API key, or - (stdin) or @FILE [env: OMI_PRIVATE_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from new-relic" -l project-id -d 'Project id (24 hex characters) [env: OMI_PROJECT_ID]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from new-relic" -l project -d 'Project by name, instead of --project-id' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from new-relic" -l profile -d 'Profile of the config file [env: OMI_PROFILE]' -r -f -a "(omi config profiles 2>/dev/null)"
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from new-relic" -l ca-cert -d 'Also trust this PEM certificate authority' -r -F
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from new-relic" -l timeout -d 'Per-request timeout [default: 30]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from new-relic" -l retries -d 'Retries on 429, 502-504, network errors [default: 3]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from new-relic" -l max-wait -d 'Longest wait between retries, in all [default: 60]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from new-relic" -l max-rate -d 'At most N requests per second [default: no limit]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from new-relic" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets masked)'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from new-relic" -s q -l quiet -d 'No notes or progress on stderr; warnings and errors still show'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from new-relic" -l json -d 'Print the response body as received, for jq and scripts'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from new-relic" -l dry-run -d 'Print what would be sent, secrets masked, and send nothing'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from new-relic" -l pretty -d 'Ask the server for indented JSON'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from new-relic" -l envelope -d 'Ask the server to wrap responses in {status, content}'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from new-relic" -l insecure -d 'Skip TLS certificate checks (unsafe)'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from new-relic" -l no-cache -d 'Do not reuse the digest nonce between runs [env: OMI_NO_CACHE=1]'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from new-relic" -s h -l help -d 'Print help (more with `omi help COMMAND`)'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from NEW_RELIC" -l license-key -d 'New Relic license key, or - (stdin) or @FILE [required]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from NEW_RELIC" -l account-id -d 'New Relic account id [required]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from NEW_RELIC" -l write-token -d 'New Relic insights write token, or - (stdin) or @FILE [required]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from NEW_RELIC" -l read-token -d 'New Relic insights read token, or - (stdin) or @FILE [required]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from NEW_RELIC" -l field -d 'Another field, sent as given (JSON if it parses); repeatable' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from NEW_RELIC" -l base-url -d 'Ops Manager URL [env: OMI_BASE_URL]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from NEW_RELIC" -l public-key -d 'Public API key [env: OMI_PUBLIC_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from NEW_RELIC" -l private-key -d 'Private API key, or - (stdin) or @FILE [env: OMI_PRIVATE_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from NEW_RELIC" -l project-id -d 'Project id (24 hex characters) [env: OMI_PROJECT_ID]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from NEW_RELIC" -l project -d 'Project by name, instead of --project-id' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from NEW_RELIC" -l profile -d 'Profile of the config file [env: OMI_PROFILE]' -r -f -a "(omi config profiles 2>/dev/null)"
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from NEW_RELIC" -l ca-cert -d 'Also trust this PEM certificate authority' -r -F
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from NEW_RELIC" -l timeout -d 'Per-request timeout [default: 30]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from NEW_RELIC" -l retries -d 'Retries on 429, 502-504, network errors [default: 3]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from NEW_RELIC" -l max-wait -d 'Longest wait between retries, in all [default: 60]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from NEW_RELIC" -l max-rate -d 'At most N requests per second [default: no limit]' -r
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from NEW_RELIC" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets masked)'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from NEW_RELIC" -s q -l quiet -d 'No notes or progress on stderr; warnings and errors still show'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from NEW_RELIC" -l json -d 'Print the response body as received, for jq and scripts'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from NEW_RELIC" -l dry-run -d 'Print what would be sent, secrets masked, and send nothing'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from NEW_RELIC" -l pretty -d 'Ask the server for indented JSON'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from NEW_RELIC" -l envelope -d 'Ask the server to wrap responses in {status, content}'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from NEW_RELIC" -l insecure -d 'Skip TLS certificate checks (unsafe)'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from NEW_RELIC" -l no-cache -d 'Do not reuse the digest nonce between runs [env: OMI_NO_CACHE=1]'
complete -c omi -n "__fish_omi_using_subcommand create; and __fish_seen_subcommand_from NEW_RELIC" -s h -l help -d 'Print help (more with `omi help COMMAND`)'
complete -c omi -n "__fish_omi_using_subcommand update; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -l base-url -d 'Ops Manager URL [env: OMI_BASE_URL]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -l public-key -d 'Public API key [env: OMI_PUBLIC_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -l private-key -d 'Private API key, or - (stdin) or @FILE [env: OMI_PRIVATE_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -l project-id -d 'Project id (24 hex characters) [env: OMI_PROJECT_ID]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -l project -d 'Project by name, instead of --project-id' -r
complete -c omi -n "__fish_omi_using_subcommand update; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -l profile -d 'Profile of the config file [env: OMI_PROFILE]' -r -f -a "(omi config profiles 2>/dev/null)"
complete -c omi -n "__fish_omi_using_subcommand update; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -l ca-cert -d 'Also trust this PEM certificate authority' -r -F
complete -c omi -n "__fish_omi_using_subcommand update; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -l timeout -d 'Per-request timeout [default: 30]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -l retries -d 'Retries on 429, 502-504, network errors [default: 3]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -l max-wait -d 'Longest wait between retries, in all [default: 60]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -l max-rate -d 'At most N requests per second [default: no limit]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets masked)'
complete -c omi -n "__fish_omi_using_subcommand update; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -s q -l quiet -d 'No notes or progress on stderr; warnings and errors still show'
complete -c omi -n "__fish_omi_using_subcommand update; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -l json -d 'Print the response body as received, for jq and scripts'
complete -c omi -n "__fish_omi_using_subcommand update; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -l dry-run -d 'Print what would be sent, secrets masked, and send nothing'
complete -c omi -n "__fish_omi_using_subcommand update; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -l pretty -d 'Ask the server for indented JSON'
complete -c omi -n "__fish_omi_using_subcommand update; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -l envelope -d 'Ask the server to wrap responses in {status, content}'
complete -c omi -n "__fish_omi_using_subcommand update; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -l insecure -d 'Skip TLS certificate checks (unsafe)'
complete -c omi -n "__fish_omi_using_subcommand update; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -l no-cache -d 'Do not reuse the digest nonce between runs [env: OMI_NO_CACHE=1]'
complete -c omi -n "__fish_omi_using_subcommand update; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -s h -l help -d 'Print help (more with `omi help COMMAND`)'
complete -c omi -n "__fish_omi_using_subcommand update; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -f -a "pager-duty" -d 'Create or replace the PagerDuty integration'
complete -c omi -n "__fish_omi_using_subcommand update; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -f -a "PAGER_DUTY" -d 'Create or replace the PagerDuty integration'
complete -c omi -n "__fish_omi_using_subcommand update; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -f -a "slack" -d 'Create or replace the Slack integration'
complete -c omi -n "__fish_omi_using_subcommand update; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -f -a "SLACK" -d 'Create or replace the Slack integration'
complete -c omi -n "__fish_omi_using_subcommand update; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -f -a "datadog" -d 'Create or replace the Datadog integration'
complete -c omi -n "__fish_omi_using_subcommand update; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -f -a "DATADOG" -d 'Create or replace the Datadog integration'
complete -c omi -n "__fish_omi_using_subcommand update; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -f -a "hip-chat" -d 'Create or replace the HipChat integration'
complete -c omi -n "__fish_omi_using_subcommand update; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -f -a "HIP_CHAT" -d 'Create or replace the HipChat integration'
complete -c omi -n "__fish_omi_using_subcommand update; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -f -a "ops-genie" -d 'Create or replace the Opsgenie integration'
complete -c omi -n "__fish_omi_using_subcommand update; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -f -a "OPS_GENIE" -d 'Create or replace the Opsgenie integration'
complete -c omi -n "__fish_omi_using_subcommand update; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -f -a "victor-ops" -d 'Create or replace the VictorOps integration'
complete -c omi -n "__fish_omi_using_subcommand update; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -f -a "VICTOR_OPS" -d 'Create or replace the VictorOps integration'
complete -c omi -n "__fish_omi_using_subcommand update; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -f -a "webhook" -d 'Create or replace the Webhook integration'
complete -c omi -n "__fish_omi_using_subcommand update; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -f -a "WEBHOOK" -d 'Create or replace the Webhook integration'
complete -c omi -n "__fish_omi_using_subcommand update; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -f -a "microsoft-teams" -d 'Create or replace the Microsoft Teams integration'
complete -c omi -n "__fish_omi_using_subcommand update; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -f -a "MICROSOFT_TEAMS" -d 'Create or replace the Microsoft Teams integration'
complete -c omi -n "__fish_omi_using_subcommand update; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -f -a "prometheus" -d 'Create or replace the Prometheus integration'
complete -c omi -n "__fish_omi_using_subcommand update; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -f -a "PROMETHEUS" -d 'Create or replace the Prometheus integration'
complete -c omi -n "__fish_omi_using_subcommand update; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -f -a "new-relic" -d 'Create or replace the New Relic integration'
complete -c omi -n "__fish_omi_using_subcommand update; and not __fish_seen_subcommand_from pager-duty PAGER_DUTY slack SLACK datadog DATADOG hip-chat HIP_CHAT ops-genie OPS_GENIE victor-ops VICTOR_OPS webhook WEBHOOK microsoft-teams MICROSOFT_TEAMS prometheus PROMETHEUS new-relic NEW_RELIC" -f -a "NEW_RELIC" -d 'Create or replace the New Relic integration'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from pager-duty" -l service-key -d 'PagerDuty integration key, or - (stdin) or @FILE [required]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from pager-duty" -l field -d 'Another field, sent as given (JSON if it parses); repeatable' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from pager-duty" -l alerts -d 'Then give the alert notifications of this type the new key: those that held the previous one (matching, the default) or all; a masked value is never sent back' -r -f -a "matching\t''
all\t''"
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from pager-duty" -l base-url -d 'Ops Manager URL [env: OMI_BASE_URL]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from pager-duty" -l public-key -d 'Public API key [env: OMI_PUBLIC_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from pager-duty" -l private-key -d 'Private API key, or - (stdin) or @FILE [env: OMI_PRIVATE_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from pager-duty" -l project-id -d 'Project id (24 hex characters) [env: OMI_PROJECT_ID]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from pager-duty" -l project -d 'Project by name, instead of --project-id' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from pager-duty" -l profile -d 'Profile of the config file [env: OMI_PROFILE]' -r -f -a "(omi config profiles 2>/dev/null)"
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from pager-duty" -l ca-cert -d 'Also trust this PEM certificate authority' -r -F
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from pager-duty" -l timeout -d 'Per-request timeout [default: 30]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from pager-duty" -l retries -d 'Retries on 429, 502-504, network errors [default: 3]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from pager-duty" -l max-wait -d 'Longest wait between retries, in all [default: 60]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from pager-duty" -l max-rate -d 'At most N requests per second [default: no limit]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from pager-duty" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets masked)'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from pager-duty" -s q -l quiet -d 'No notes or progress on stderr; warnings and errors still show'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from pager-duty" -l json -d 'Print the response body as received, for jq and scripts'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from pager-duty" -l dry-run -d 'Print what would be sent, secrets masked, and send nothing'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from pager-duty" -l pretty -d 'Ask the server for indented JSON'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from pager-duty" -l envelope -d 'Ask the server to wrap responses in {status, content}'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from pager-duty" -l insecure -d 'Skip TLS certificate checks (unsafe)'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from pager-duty" -l no-cache -d 'Do not reuse the digest nonce between runs [env: OMI_NO_CACHE=1]'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from pager-duty" -s h -l help -d 'Print help (more with `omi help COMMAND`)'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from PAGER_DUTY" -l service-key -d 'PagerDuty integration key, or - (stdin) or @FILE [required]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from PAGER_DUTY" -l field -d 'Another field, sent as given (JSON if it parses); repeatable' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from PAGER_DUTY" -l alerts -d 'Then give the alert notifications of this type the new key: those that held the previous one (matching, the default) or all; a masked value is never sent back' -r -f -a "matching\t''
all\t''"
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from PAGER_DUTY" -l base-url -d 'Ops Manager URL [env: OMI_BASE_URL]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from PAGER_DUTY" -l public-key -d 'Public API key [env: OMI_PUBLIC_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from PAGER_DUTY" -l private-key -d 'Private API key, or - (stdin) or @FILE [env: OMI_PRIVATE_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from PAGER_DUTY" -l project-id -d 'Project id (24 hex characters) [env: OMI_PROJECT_ID]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from PAGER_DUTY" -l project -d 'Project by name, instead of --project-id' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from PAGER_DUTY" -l profile -d 'Profile of the config file [env: OMI_PROFILE]' -r -f -a "(omi config profiles 2>/dev/null)"
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from PAGER_DUTY" -l ca-cert -d 'Also trust this PEM certificate authority' -r -F
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from PAGER_DUTY" -l timeout -d 'Per-request timeout [default: 30]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from PAGER_DUTY" -l retries -d 'Retries on 429, 502-504, network errors [default: 3]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from PAGER_DUTY" -l max-wait -d 'Longest wait between retries, in all [default: 60]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from PAGER_DUTY" -l max-rate -d 'At most N requests per second [default: no limit]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from PAGER_DUTY" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets masked)'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from PAGER_DUTY" -s q -l quiet -d 'No notes or progress on stderr; warnings and errors still show'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from PAGER_DUTY" -l json -d 'Print the response body as received, for jq and scripts'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from PAGER_DUTY" -l dry-run -d 'Print what would be sent, secrets masked, and send nothing'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from PAGER_DUTY" -l pretty -d 'Ask the server for indented JSON'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from PAGER_DUTY" -l envelope -d 'Ask the server to wrap responses in {status, content}'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from PAGER_DUTY" -l insecure -d 'Skip TLS certificate checks (unsafe)'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from PAGER_DUTY" -l no-cache -d 'Do not reuse the digest nonce between runs [env: OMI_NO_CACHE=1]'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from PAGER_DUTY" -s h -l help -d 'Print help (more with `omi help COMMAND`)'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from slack" -l api-token -d 'Slack API token, or - (stdin) or @FILE [required]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from slack" -l team-name -d 'Slack team name [required]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from slack" -l channel-name -d 'Slack channel to post to' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from slack" -l field -d 'Another field, sent as given (JSON if it parses); repeatable' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from slack" -l alerts -d 'Then give the alert notifications of this type the new key: those that held the previous one (matching, the default) or all; a masked value is never sent back' -r -f -a "matching\t''
all\t''"
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from slack" -l base-url -d 'Ops Manager URL [env: OMI_BASE_URL]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from slack" -l public-key -d 'Public API key [env: OMI_PUBLIC_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from slack" -l private-key -d 'Private API key, or - (stdin) or @FILE [env: OMI_PRIVATE_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from slack" -l project-id -d 'Project id (24 hex characters) [env: OMI_PROJECT_ID]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from slack" -l project -d 'Project by name, instead of --project-id' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from slack" -l profile -d 'Profile of the config file [env: OMI_PROFILE]' -r -f -a "(omi config profiles 2>/dev/null)"
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from slack" -l ca-cert -d 'Also trust this PEM certificate authority' -r -F
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from slack" -l timeout -d 'Per-request timeout [default: 30]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from slack" -l retries -d 'Retries on 429, 502-504, network errors [default: 3]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from slack" -l max-wait -d 'Longest wait between retries, in all [default: 60]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from slack" -l max-rate -d 'At most N requests per second [default: no limit]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from slack" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets masked)'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from slack" -s q -l quiet -d 'No notes or progress on stderr; warnings and errors still show'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from slack" -l json -d 'Print the response body as received, for jq and scripts'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from slack" -l dry-run -d 'Print what would be sent, secrets masked, and send nothing'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from slack" -l pretty -d 'Ask the server for indented JSON'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from slack" -l envelope -d 'Ask the server to wrap responses in {status, content}'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from slack" -l insecure -d 'Skip TLS certificate checks (unsafe)'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from slack" -l no-cache -d 'Do not reuse the digest nonce between runs [env: OMI_NO_CACHE=1]'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from slack" -s h -l help -d 'Print help (more with `omi help COMMAND`)'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from SLACK" -l api-token -d 'Slack API token, or - (stdin) or @FILE [required]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from SLACK" -l team-name -d 'Slack team name [required]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from SLACK" -l channel-name -d 'Slack channel to post to' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from SLACK" -l field -d 'Another field, sent as given (JSON if it parses); repeatable' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from SLACK" -l alerts -d 'Then give the alert notifications of this type the new key: those that held the previous one (matching, the default) or all; a masked value is never sent back' -r -f -a "matching\t''
all\t''"
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from SLACK" -l base-url -d 'Ops Manager URL [env: OMI_BASE_URL]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from SLACK" -l public-key -d 'Public API key [env: OMI_PUBLIC_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from SLACK" -l private-key -d 'Private API key, or - (stdin) or @FILE [env: OMI_PRIVATE_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from SLACK" -l project-id -d 'Project id (24 hex characters) [env: OMI_PROJECT_ID]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from SLACK" -l project -d 'Project by name, instead of --project-id' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from SLACK" -l profile -d 'Profile of the config file [env: OMI_PROFILE]' -r -f -a "(omi config profiles 2>/dev/null)"
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from SLACK" -l ca-cert -d 'Also trust this PEM certificate authority' -r -F
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from SLACK" -l timeout -d 'Per-request timeout [default: 30]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from SLACK" -l retries -d 'Retries on 429, 502-504, network errors [default: 3]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from SLACK" -l max-wait -d 'Longest wait between retries, in all [default: 60]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from SLACK" -l max-rate -d 'At most N requests per second [default: no limit]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from SLACK" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets masked)'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from SLACK" -s q -l quiet -d 'No notes or progress on stderr; warnings and errors still show'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from SLACK" -l json -d 'Print the response body as received, for jq and scripts'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from SLACK" -l dry-run -d 'Print what would be sent, secrets masked, and send nothing'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from SLACK" -l pretty -d 'Ask the server for indented JSON'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from SLACK" -l envelope -d 'Ask the server to wrap responses in {status, content}'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from SLACK" -l insecure -d 'Skip TLS certificate checks (unsafe)'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from SLACK" -l no-cache -d 'Do not reuse the digest nonce between runs [env: OMI_NO_CACHE=1]'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from SLACK" -s h -l help -d 'Print help (more with `omi help COMMAND`)'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from datadog" -l api-key -d 'Datadog API key, or - (stdin) or @FILE [required]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from datadog" -l region -d 'Datadog site region (US|EU|US3|US5|AP1|US1_FED)' -r -f -a "US\t''
EU\t''
US3\t''
US5\t''
AP1\t''
US1_FED\t''"
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from datadog" -l field -d 'Another field, sent as given (JSON if it parses); repeatable' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from datadog" -l alerts -d 'Then give the alert notifications of this type the new key: those that held the previous one (matching, the default) or all; a masked value is never sent back' -r -f -a "matching\t''
all\t''"
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from datadog" -l base-url -d 'Ops Manager URL [env: OMI_BASE_URL]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from datadog" -l public-key -d 'Public API key [env: OMI_PUBLIC_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from datadog" -l private-key -d 'Private API key, or - (stdin) or @FILE [env: OMI_PRIVATE_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from datadog" -l project-id -d 'Project id (24 hex characters) [env: OMI_PROJECT_ID]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from datadog" -l project -d 'Project by name, instead of --project-id' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from datadog" -l profile -d 'Profile of the config file [env: OMI_PROFILE]' -r -f -a "(omi config profiles 2>/dev/null)"
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from datadog" -l ca-cert -d 'Also trust this PEM certificate authority' -r -F
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from datadog" -l timeout -d 'Per-request timeout [default: 30]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from datadog" -l retries -d 'Retries on 429, 502-504, network errors [default: 3]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from datadog" -l max-wait -d 'Longest wait between retries, in all [default: 60]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from datadog" -l max-rate -d 'At most N requests per second [default: no limit]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from datadog" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets masked)'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from datadog" -s q -l quiet -d 'No notes or progress on stderr; warnings and errors still show'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from datadog" -l json -d 'Print the response body as received, for jq and scripts'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from datadog" -l dry-run -d 'Print what would be sent, secrets masked, and send nothing'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from datadog" -l pretty -d 'Ask the server for indented JSON'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from datadog" -l envelope -d 'Ask the server to wrap responses in {status, content}'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from datadog" -l insecure -d 'Skip TLS certificate checks (unsafe)'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from datadog" -l no-cache -d 'Do not reuse the digest nonce between runs [env: OMI_NO_CACHE=1]'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from datadog" -s h -l help -d 'Print help (more with `omi help COMMAND`)'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from DATADOG" -l api-key -d 'Datadog API key, or - (stdin) or @FILE [required]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from DATADOG" -l region -d 'Datadog site region (US|EU|US3|US5|AP1|US1_FED)' -r -f -a "US\t''
EU\t''
US3\t''
US5\t''
AP1\t''
US1_FED\t''"
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from DATADOG" -l field -d 'Another field, sent as given (JSON if it parses); repeatable' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from DATADOG" -l alerts -d 'Then give the alert notifications of this type the new key: those that held the previous one (matching, the default) or all; a masked value is never sent back' -r -f -a "matching\t''
all\t''"
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from DATADOG" -l base-url -d 'Ops Manager URL [env: OMI_BASE_URL]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from DATADOG" -l public-key -d 'Public API key [env: OMI_PUBLIC_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from DATADOG" -l private-key -d 'Private API key, or - (stdin) or @FILE [env: OMI_PRIVATE_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from DATADOG" -l project-id -d 'Project id (24 hex characters) [env: OMI_PROJECT_ID]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from DATADOG" -l project -d 'Project by name, instead of --project-id' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from DATADOG" -l profile -d 'Profile of the config file [env: OMI_PROFILE]' -r -f -a "(omi config profiles 2>/dev/null)"
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from DATADOG" -l ca-cert -d 'Also trust this PEM certificate authority' -r -F
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from DATADOG" -l timeout -d 'Per-request timeout [default: 30]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from DATADOG" -l retries -d 'Retries on 429, 502-504, network errors [default: 3]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from DATADOG" -l max-wait -d 'Longest wait between retries, in all [default: 60]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from DATADOG" -l max-rate -d 'At most N requests per second [default: no limit]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from DATADOG" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets masked)'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from DATADOG" -s q -l quiet -d 'No notes or progress on stderr; warnings and errors still show'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from DATADOG" -l json -d 'Print the response body as received, for jq and scripts'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from DATADOG" -l dry-run -d 'Print what would be sent, secrets masked, and send nothing'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from DATADOG" -l pretty -d 'Ask the server for indented JSON'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from DATADOG" -l envelope -d 'Ask the server to wrap responses in {status, content}'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from DATADOG" -l insecure -d 'Skip TLS certificate checks (unsafe)'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from DATADOG" -l no-cache -d 'Do not reuse the digest nonce between runs [env: OMI_NO_CACHE=1]'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from DATADOG" -s h -l help -d 'Print help (more with `omi help COMMAND`)'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from hip-chat" -l notification-token -d 'HipChat notification token, or - (stdin) or @FILE [required]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from hip-chat" -l room-name -d 'HipChat room name [required]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from hip-chat" -l field -d 'Another field, sent as given (JSON if it parses); repeatable' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from hip-chat" -l alerts -d 'Then give the alert notifications of this type the new key: those that held the previous one (matching, the default) or all; a masked value is never sent back' -r -f -a "matching\t''
all\t''"
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from hip-chat" -l base-url -d 'Ops Manager URL [env: OMI_BASE_URL]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from hip-chat" -l public-key -d 'Public API key [env: OMI_PUBLIC_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from hip-chat" -l private-key -d 'Private API key, or - (stdin) or @FILE [env: OMI_PRIVATE_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from hip-chat" -l project-id -d 'Project id (24 hex characters) [env: OMI_PROJECT_ID]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from hip-chat" -l project -d 'Project by name, instead of --project-id' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from hip-chat" -l profile -d 'Profile of the config file [env: OMI_PROFILE]' -r -f -a "(omi config profiles 2>/dev/null)"
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from hip-chat" -l ca-cert -d 'Also trust this PEM certificate authority' -r -F
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from hip-chat" -l timeout -d 'Per-request timeout [default: 30]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from hip-chat" -l retries -d 'Retries on 429, 502-504, network errors [default: 3]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from hip-chat" -l max-wait -d 'Longest wait between retries, in all [default: 60]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from hip-chat" -l max-rate -d 'At most N requests per second [default: no limit]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from hip-chat" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets masked)'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from hip-chat" -s q -l quiet -d 'No notes or progress on stderr; warnings and errors still show'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from hip-chat" -l json -d 'Print the response body as received, for jq and scripts'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from hip-chat" -l dry-run -d 'Print what would be sent, secrets masked, and send nothing'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from hip-chat" -l pretty -d 'Ask the server for indented JSON'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from hip-chat" -l envelope -d 'Ask the server to wrap responses in {status, content}'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from hip-chat" -l insecure -d 'Skip TLS certificate checks (unsafe)'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from hip-chat" -l no-cache -d 'Do not reuse the digest nonce between runs [env: OMI_NO_CACHE=1]'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from hip-chat" -s h -l help -d 'Print help (more with `omi help COMMAND`)'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from HIP_CHAT" -l notification-token -d 'HipChat notification token, or - (stdin) or @FILE [required]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from HIP_CHAT" -l room-name -d 'HipChat room name [required]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from HIP_CHAT" -l field -d 'Another field, sent as given (JSON if it parses); repeatable' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from HIP_CHAT" -l alerts -d 'Then give the alert notifications of this type the new key: those that held the previous one (matching, the default) or all; a masked value is never sent back' -r -f -a "matching\t''
all\t''"
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from HIP_CHAT" -l base-url -d 'Ops Manager URL [env: OMI_BASE_URL]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from HIP_CHAT" -l public-key -d 'Public API key [env: OMI_PUBLIC_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from HIP_CHAT" -l private-key -d 'Private API key, or - (stdin) or @FILE [env: OMI_PRIVATE_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from HIP_CHAT" -l project-id -d 'Project id (24 hex characters) [env: OMI_PROJECT_ID]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from HIP_CHAT" -l project -d 'Project by name, instead of --project-id' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from HIP_CHAT" -l profile -d 'Profile of the config file [env: OMI_PROFILE]' -r -f -a "(omi config profiles 2>/dev/null)"
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from HIP_CHAT" -l ca-cert -d 'Also trust this PEM certificate authority' -r -F
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from HIP_CHAT" -l timeout -d 'Per-request timeout [default: 30]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from HIP_CHAT" -l retries -d 'Retries on 429, 502-504, network errors [default: 3]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from HIP_CHAT" -l max-wait -d 'Longest wait between retries, in all [default: 60]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from HIP_CHAT" -l max-rate -d 'At most N requests per second [default: no limit]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from HIP_CHAT" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets masked)'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from HIP_CHAT" -s q -l quiet -d 'No notes or progress on stderr; warnings and errors still show'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from HIP_CHAT" -l json -d 'Print the response body as received, for jq and scripts'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from HIP_CHAT" -l dry-run -d 'Print what would be sent, secrets masked, and send nothing'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from HIP_CHAT" -l pretty -d 'Ask the server for indented JSON'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from HIP_CHAT" -l envelope -d 'Ask the server to wrap responses in {status, content}'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from HIP_CHAT" -l insecure -d 'Skip TLS certificate checks (unsafe)'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from HIP_CHAT" -l no-cache -d 'Do not reuse the digest nonce between runs [env: OMI_NO_CACHE=1]'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from HIP_CHAT" -s h -l help -d 'Print help (more with `omi help COMMAND`)'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from ops-genie" -l api-key -d 'Opsgenie API key, or - (stdin) or @FILE [required]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from ops-genie" -l region -d 'Opsgenie API region (US|EU) [required]' -r -f -a "US\t''
EU\t''"
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from ops-genie" -l field -d 'Another field, sent as given (JSON if it parses); repeatable' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from ops-genie" -l alerts -d 'Then give the alert notifications of this type the new key: those that held the previous one (matching, the default) or all; a masked value is never sent back' -r -f -a "matching\t''
all\t''"
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from ops-genie" -l base-url -d 'Ops Manager URL [env: OMI_BASE_URL]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from ops-genie" -l public-key -d 'Public API key [env: OMI_PUBLIC_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from ops-genie" -l private-key -d 'Private API key, or - (stdin) or @FILE [env: OMI_PRIVATE_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from ops-genie" -l project-id -d 'Project id (24 hex characters) [env: OMI_PROJECT_ID]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from ops-genie" -l project -d 'Project by name, instead of --project-id' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from ops-genie" -l profile -d 'Profile of the config file [env: OMI_PROFILE]' -r -f -a "(omi config profiles 2>/dev/null)"
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from ops-genie" -l ca-cert -d 'Also trust this PEM certificate authority' -r -F
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from ops-genie" -l timeout -d 'Per-request timeout [default: 30]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from ops-genie" -l retries -d 'Retries on 429, 502-504, network errors [default: 3]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from ops-genie" -l max-wait -d 'Longest wait between retries, in all [default: 60]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from ops-genie" -l max-rate -d 'At most N requests per second [default: no limit]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from ops-genie" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets masked)'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from ops-genie" -s q -l quiet -d 'No notes or progress on stderr; warnings and errors still show'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from ops-genie" -l json -d 'Print the response body as received, for jq and scripts'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from ops-genie" -l dry-run -d 'Print what would be sent, secrets masked, and send nothing'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from ops-genie" -l pretty -d 'Ask the server for indented JSON'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from ops-genie" -l envelope -d 'Ask the server to wrap responses in {status, content}'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from ops-genie" -l insecure -d 'Skip TLS certificate checks (unsafe)'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from ops-genie" -l no-cache -d 'Do not reuse the digest nonce between runs [env: OMI_NO_CACHE=1]'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from ops-genie" -s h -l help -d 'Print help (more with `omi help COMMAND`)'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from OPS_GENIE" -l api-key -d 'Opsgenie API key, or - (stdin) or @FILE [required]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from OPS_GENIE" -l region -d 'Opsgenie API region (US|EU) [required]' -r -f -a "US\t''
EU\t''"
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from OPS_GENIE" -l field -d 'Another field, sent as given (JSON if it parses); repeatable' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from OPS_GENIE" -l alerts -d 'Then give the alert notifications of this type the new key: those that held the previous one (matching, the default) or all; a masked value is never sent back' -r -f -a "matching\t''
all\t''"
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from OPS_GENIE" -l base-url -d 'Ops Manager URL [env: OMI_BASE_URL]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from OPS_GENIE" -l public-key -d 'Public API key [env: OMI_PUBLIC_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from OPS_GENIE" -l private-key -d 'Private API key, or - (stdin) or @FILE [env: OMI_PRIVATE_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from OPS_GENIE" -l project-id -d 'Project id (24 hex characters) [env: OMI_PROJECT_ID]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from OPS_GENIE" -l project -d 'Project by name, instead of --project-id' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from OPS_GENIE" -l profile -d 'Profile of the config file [env: OMI_PROFILE]' -r -f -a "(omi config profiles 2>/dev/null)"
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from OPS_GENIE" -l ca-cert -d 'Also trust this PEM certificate authority' -r -F
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from OPS_GENIE" -l timeout -d 'Per-request timeout [default: 30]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from OPS_GENIE" -l retries -d 'Retries on 429, 502-504, network errors [default: 3]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from OPS_GENIE" -l max-wait -d 'Longest wait between retries, in all [default: 60]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from OPS_GENIE" -l max-rate -d 'At most N requests per second [default: no limit]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from OPS_GENIE" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets masked)'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from OPS_GENIE" -s q -l quiet -d 'No notes or progress on stderr; warnings and errors still show'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from OPS_GENIE" -l json -d 'Print the response body as received, for jq and scripts'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from OPS_GENIE" -l dry-run -d 'Print what would be sent, secrets masked, and send nothing'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from OPS_GENIE" -l pretty -d 'Ask the server for indented JSON'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from OPS_GENIE" -l envelope -d 'Ask the server to wrap responses in {status, content}'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from OPS_GENIE" -l insecure -d 'Skip TLS certificate checks (unsafe)'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from OPS_GENIE" -l no-cache -d 'Do not reuse the digest nonce between runs [env: OMI_NO_CACHE=1]'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from OPS_GENIE" -s h -l help -d 'Print help (more with `omi help COMMAND`)'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from victor-ops" -l api-key -d 'VictorOps API key, or - (stdin) or @FILE [required]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from victor-ops" -l routing-key -d 'VictorOps routing key, or - (stdin) or @FILE' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from victor-ops" -l field -d 'Another field, sent as given (JSON if it parses); repeatable' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from victor-ops" -l alerts -d 'Then give the alert notifications of this type the new key: those that held the previous one (matching, the default) or all; a masked value is never sent back' -r -f -a "matching\t''
all\t''"
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from victor-ops" -l base-url -d 'Ops Manager URL [env: OMI_BASE_URL]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from victor-ops" -l public-key -d 'Public API key [env: OMI_PUBLIC_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from victor-ops" -l private-key -d 'Private API key, or - (stdin) or @FILE [env: OMI_PRIVATE_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from victor-ops" -l project-id -d 'Project id (24 hex characters) [env: OMI_PROJECT_ID]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from victor-ops" -l project -d 'Project by name, instead of --project-id' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from victor-ops" -l profile -d 'Profile of the config file [env: OMI_PROFILE]' -r -f -a "(omi config profiles 2>/dev/null)"
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from victor-ops" -l ca-cert -d 'Also trust this PEM certificate authority' -r -F
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from victor-ops" -l timeout -d 'Per-request timeout [default: 30]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from victor-ops" -l retries -d 'Retries on 429, 502-504, network errors [default: 3]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from victor-ops" -l max-wait -d 'Longest wait between retries, in all [default: 60]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from victor-ops" -l max-rate -d 'At most N requests per second [default: no limit]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from victor-ops" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets masked)'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from victor-ops" -s q -l quiet -d 'No notes or progress on stderr; warnings and errors still show'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from victor-ops" -l json -d 'Print the response body as received, for jq and scripts'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from victor-ops" -l dry-run -d 'Print what would be sent, secrets masked, and send nothing'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from victor-ops" -l pretty -d 'Ask the server for indented JSON'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from victor-ops" -l envelope -d 'Ask the server to wrap responses in {status, content}'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from victor-ops" -l insecure -d 'Skip TLS certificate checks (unsafe)'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from victor-ops" -l no-cache -d 'Do not reuse the digest nonce between runs [env: OMI_NO_CACHE=1]'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from victor-ops" -s h -l help -d 'Print help (more with `omi help COMMAND`)'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from VICTOR_OPS" -l api-key -d 'VictorOps API key, or - (stdin) or @FILE [required]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from VICTOR_OPS" -l routing-key -d 'VictorOps routing key, or - (stdin) or @FILE' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from VICTOR_OPS" -l field -d 'Another field, sent as given (JSON if it parses); repeatable' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from VICTOR_OPS" -l alerts -d 'Then give the alert notifications of this type the new key: those that held the previous one (matching, the default) or all; a masked value is never sent back' -r -f -a "matching\t''
all\t''"
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from VICTOR_OPS" -l base-url -d 'Ops Manager URL [env: OMI_BASE_URL]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from VICTOR_OPS" -l public-key -d 'Public API key [env: OMI_PUBLIC_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from VICTOR_OPS" -l private-key -d 'Private API key, or - (stdin) or @FILE [env: OMI_PRIVATE_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from VICTOR_OPS" -l project-id -d 'Project id (24 hex characters) [env: OMI_PROJECT_ID]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from VICTOR_OPS" -l project -d 'Project by name, instead of --project-id' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from VICTOR_OPS" -l profile -d 'Profile of the config file [env: OMI_PROFILE]' -r -f -a "(omi config profiles 2>/dev/null)"
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from VICTOR_OPS" -l ca-cert -d 'Also trust this PEM certificate authority' -r -F
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from VICTOR_OPS" -l timeout -d 'Per-request timeout [default: 30]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from VICTOR_OPS" -l retries -d 'Retries on 429, 502-504, network errors [default: 3]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from VICTOR_OPS" -l max-wait -d 'Longest wait between retries, in all [default: 60]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from VICTOR_OPS" -l max-rate -d 'At most N requests per second [default: no limit]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from VICTOR_OPS" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets masked)'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from VICTOR_OPS" -s q -l quiet -d 'No notes or progress on stderr; warnings and errors still show'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from VICTOR_OPS" -l json -d 'Print the response body as received, for jq and scripts'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from VICTOR_OPS" -l dry-run -d 'Print what would be sent, secrets masked, and send nothing'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from VICTOR_OPS" -l pretty -d 'Ask the server for indented JSON'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from VICTOR_OPS" -l envelope -d 'Ask the server to wrap responses in {status, content}'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from VICTOR_OPS" -l insecure -d 'Skip TLS certificate checks (unsafe)'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from VICTOR_OPS" -l no-cache -d 'Do not reuse the digest nonce between runs [env: OMI_NO_CACHE=1]'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from VICTOR_OPS" -s h -l help -d 'Print help (more with `omi help COMMAND`)'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from webhook" -l url -d 'Webhook URL that receives alerts, or - (stdin) or @FILE [required]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from webhook" -l secret -d 'Secret used to sign webhook requests, or - (stdin) or @FILE' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from webhook" -l field -d 'Another field, sent as given (JSON if it parses); repeatable' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from webhook" -l alerts -d 'Then give the alert notifications of this type the new key: those that held the previous one (matching, the default) or all; a masked value is never sent back' -r -f -a "matching\t''
all\t''"
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from webhook" -l base-url -d 'Ops Manager URL [env: OMI_BASE_URL]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from webhook" -l public-key -d 'Public API key [env: OMI_PUBLIC_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from webhook" -l private-key -d 'Private API key, or - (stdin) or @FILE [env: OMI_PRIVATE_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from webhook" -l project-id -d 'Project id (24 hex characters) [env: OMI_PROJECT_ID]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from webhook" -l project -d 'Project by name, instead of --project-id' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from webhook" -l profile -d 'Profile of the config file [env: OMI_PROFILE]' -r -f -a "(omi config profiles 2>/dev/null)"
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from webhook" -l ca-cert -d 'Also trust this PEM certificate authority' -r -F
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from webhook" -l timeout -d 'Per-request timeout [default: 30]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from webhook" -l retries -d 'Retries on 429, 502-504, network errors [default: 3]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from webhook" -l max-wait -d 'Longest wait between retries, in all [default: 60]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from webhook" -l max-rate -d 'At most N requests per second [default: no limit]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from webhook" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets masked)'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from webhook" -s q -l quiet -d 'No notes or progress on stderr; warnings and errors still show'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from webhook" -l json -d 'Print the response body as received, for jq and scripts'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from webhook" -l dry-run -d 'Print what would be sent, secrets masked, and send nothing'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from webhook" -l pretty -d 'Ask the server for indented JSON'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from webhook" -l envelope -d 'Ask the server to wrap responses in {status, content}'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from webhook" -l insecure -d 'Skip TLS certificate checks (unsafe)'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from webhook" -l no-cache -d 'Do not reuse the digest nonce between runs [env: OMI_NO_CACHE=1]'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from webhook" -s h -l help -d 'Print help (more with `omi help COMMAND`)'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from WEBHOOK" -l url -d 'Webhook URL that receives alerts, or - (stdin) or @FILE [required]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from WEBHOOK" -l secret -d 'Secret used to sign webhook requests, or - (stdin) or @FILE' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from WEBHOOK" -l field -d 'Another field, sent as given (JSON if it parses); repeatable' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from WEBHOOK" -l alerts -d 'Then give the alert notifications of this type the new key: those that held the previous one (matching, the default) or all; a masked value is never sent back' -r -f -a "matching\t''
all\t''"
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from WEBHOOK" -l base-url -d 'Ops Manager URL [env: OMI_BASE_URL]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from WEBHOOK" -l public-key -d 'Public API key [env: OMI_PUBLIC_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from WEBHOOK" -l private-key -d 'Private API key, or - (stdin) or @FILE [env: OMI_PRIVATE_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from WEBHOOK" -l project-id -d 'Project id (24 hex characters) [env: OMI_PROJECT_ID]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from WEBHOOK" -l project -d 'Project by name, instead of --project-id' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from WEBHOOK" -l profile -d 'Profile of the config file [env: OMI_PROFILE]' -r -f -a "(omi config profiles 2>/dev/null)"
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from WEBHOOK" -l ca-cert -d 'Also trust this PEM certificate authority' -r -F
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from WEBHOOK" -l timeout -d 'Per-request timeout [default: 30]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from WEBHOOK" -l retries -d 'Retries on 429, 502-504, network errors [default: 3]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from WEBHOOK" -l max-wait -d 'Longest wait between retries, in all [default: 60]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from WEBHOOK" -l max-rate -d 'At most N requests per second [default: no limit]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from WEBHOOK" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets masked)'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from WEBHOOK" -s q -l quiet -d 'No notes or progress on stderr; warnings and errors still show'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from WEBHOOK" -l json -d 'Print the response body as received, for jq and scripts'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from WEBHOOK" -l dry-run -d 'Print what would be sent, secrets masked, and send nothing'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from WEBHOOK" -l pretty -d 'Ask the server for indented JSON'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from WEBHOOK" -l envelope -d 'Ask the server to wrap responses in {status, content}'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from WEBHOOK" -l insecure -d 'Skip TLS certificate checks (unsafe)'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from WEBHOOK" -l no-cache -d 'Do not reuse the digest nonce between runs [env: OMI_NO_CACHE=1]'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from WEBHOOK" -s h -l help -d 'Print help (more with `omi help COMMAND`)'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from microsoft-teams" -l webhook-url -d 'Microsoft Teams incoming webhook URL, or - (stdin) or @FILE [required]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from microsoft-teams" -l field -d 'Another field, sent as given (JSON if it parses); repeatable' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from microsoft-teams" -l alerts -d 'Then give the alert notifications of this type the new key: those that held the previous one (matching, the default) or all; a masked value is never sent back' -r -f -a "matching\t''
all\t''"
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from microsoft-teams" -l base-url -d 'Ops Manager URL [env: OMI_BASE_URL]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from microsoft-teams" -l public-key -d 'Public API key [env: OMI_PUBLIC_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from microsoft-teams" -l private-key -d 'Private API key, or - (stdin) or @FILE [env: OMI_PRIVATE_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from microsoft-teams" -l project-id -d 'Project id (24 hex characters) [env: OMI_PROJECT_ID]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from microsoft-teams" -l project -d 'Project by name, instead of --project-id' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from microsoft-teams" -l profile -d 'Profile of the config file [env: OMI_PROFILE]' -r -f -a "(omi config profiles 2>/dev/null)"
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from microsoft-teams" -l ca-cert -d 'Also trust this PEM certificate authority' -r -F
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from microsoft-teams" -l timeout -d 'Per-request timeout [default: 30]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from microsoft-teams" -l retries -d 'Retries on 429, 502-504, network errors [default: 3]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from microsoft-teams" -l max-wait -d 'Longest wait between retries, in all [default: 60]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from microsoft-teams" -l max-rate -d 'At most N requests per second [default: no limit]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from microsoft-teams" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets masked)'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from microsoft-teams" -s q -l quiet -d 'No notes or progress on stderr; warnings and errors still show'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from microsoft-teams" -l json -d 'Print the response body as received, for jq and scripts'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from microsoft-teams" -l dry-run -d 'Print what would be sent, secrets masked, and send nothing'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from microsoft-teams" -l pretty -d 'Ask the server for indented JSON'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from microsoft-teams" -l envelope -d 'Ask the server to wrap responses in {status, content}'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from microsoft-teams" -l insecure -d 'Skip TLS certificate checks (unsafe)'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from microsoft-teams" -l no-cache -d 'Do not reuse the digest nonce between runs [env: OMI_NO_CACHE=1]'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from microsoft-teams" -s h -l help -d 'Print help (more with `omi help COMMAND`)'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from MICROSOFT_TEAMS" -l webhook-url -d 'Microsoft Teams incoming webhook URL, or - (stdin) or @FILE [required]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from MICROSOFT_TEAMS" -l field -d 'Another field, sent as given (JSON if it parses); repeatable' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from MICROSOFT_TEAMS" -l alerts -d 'Then give the alert notifications of this type the new key: those that held the previous one (matching, the default) or all; a masked value is never sent back' -r -f -a "matching\t''
all\t''"
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from MICROSOFT_TEAMS" -l base-url -d 'Ops Manager URL [env: OMI_BASE_URL]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from MICROSOFT_TEAMS" -l public-key -d 'Public API key [env: OMI_PUBLIC_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from MICROSOFT_TEAMS" -l private-key -d 'Private API key, or - (stdin) or @FILE [env: OMI_PRIVATE_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from MICROSOFT_TEAMS" -l project-id -d 'Project id (24 hex characters) [env: OMI_PROJECT_ID]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from MICROSOFT_TEAMS" -l project -d 'Project by name, instead of --project-id' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from MICROSOFT_TEAMS" -l profile -d 'Profile of the config file [env: OMI_PROFILE]' -r -f -a "(omi config profiles 2>/dev/null)"
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from MICROSOFT_TEAMS" -l ca-cert -d 'Also trust this PEM certificate authority' -r -F
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from MICROSOFT_TEAMS" -l timeout -d 'Per-request timeout [default: 30]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from MICROSOFT_TEAMS" -l retries -d 'Retries on 429, 502-504, network errors [default: 3]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from MICROSOFT_TEAMS" -l max-wait -d 'Longest wait between retries, in all [default: 60]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from MICROSOFT_TEAMS" -l max-rate -d 'At most N requests per second [default: no limit]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from MICROSOFT_TEAMS" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets masked)'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from MICROSOFT_TEAMS" -s q -l quiet -d 'No notes or progress on stderr; warnings and errors still show'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from MICROSOFT_TEAMS" -l json -d 'Print the response body as received, for jq and scripts'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from MICROSOFT_TEAMS" -l dry-run -d 'Print what would be sent, secrets masked, and send nothing'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from MICROSOFT_TEAMS" -l pretty -d 'Ask the server for indented JSON'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from MICROSOFT_TEAMS" -l envelope -d 'Ask the server to wrap responses in {status, content}'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from MICROSOFT_TEAMS" -l insecure -d 'Skip TLS certificate checks (unsafe)'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from MICROSOFT_TEAMS" -l no-cache -d 'Do not reuse the digest nonce between runs [env: OMI_NO_CACHE=1]'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from MICROSOFT_TEAMS" -s h -l help -d 'Print help (more with `omi help COMMAND`)'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from prometheus" -l username -d 'Prometheus username [required]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from prometheus" -l password -d 'Prometheus password, or - (stdin) or @FILE [required]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from prometheus" -l listen-address -d 'host:port Prometheus will scrape [required]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from prometheus" -l service-discovery -d 'Service discovery method (file|http) [required]' -r -f -a "file\t''
http\t''"
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from prometheus" -l scheme -d 'Protocol scheme Prometheus uses (http|https) [required]' -r -f -a "http\t''
https\t''"
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from prometheus" -l enabled -d 'Whether Prometheus is enabled (true|false) [required]' -r -f -a "true\t''
false\t''"
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from prometheus" -l tls-pem-path -d 'Absolute path to the PEM file on the Ops Manager host' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from prometheus" -l tls-pem-password -d 'Password of the PEM file, or - (stdin) or @FILE' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from prometheus" -l field -d 'Another field, sent as given (JSON if it parses); repeatable' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from prometheus" -l base-url -d 'Ops Manager URL [env: OMI_BASE_URL]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from prometheus" -l public-key -d 'Public API key [env: OMI_PUBLIC_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from prometheus" -l private-key -d 'Private API key, or - (stdin) or @FILE [env: OMI_PRIVATE_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from prometheus" -l project-id -d 'Project id (24 hex characters) [env: OMI_PROJECT_ID]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from prometheus" -l project -d 'Project by name, instead of --project-id' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from prometheus" -l profile -d 'Profile of the config file [env: OMI_PROFILE]' -r -f -a "(omi config profiles 2>/dev/null)"
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from prometheus" -l ca-cert -d 'Also trust this PEM certificate authority' -r -F
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from prometheus" -l timeout -d 'Per-request timeout [default: 30]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from prometheus" -l retries -d 'Retries on 429, 502-504, network errors [default: 3]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from prometheus" -l max-wait -d 'Longest wait between retries, in all [default: 60]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from prometheus" -l max-rate -d 'At most N requests per second [default: no limit]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from prometheus" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets masked)'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from prometheus" -s q -l quiet -d 'No notes or progress on stderr; warnings and errors still show'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from prometheus" -l json -d 'Print the response body as received, for jq and scripts'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from prometheus" -l dry-run -d 'Print what would be sent, secrets masked, and send nothing'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from prometheus" -l pretty -d 'Ask the server for indented JSON'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from prometheus" -l envelope -d 'Ask the server to wrap responses in {status, content}'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from prometheus" -l insecure -d 'Skip TLS certificate checks (unsafe)'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from prometheus" -l no-cache -d 'Do not reuse the digest nonce between runs [env: OMI_NO_CACHE=1]'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from prometheus" -s h -l help -d 'Print help (more with `omi help COMMAND`)'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from PROMETHEUS" -l username -d 'Prometheus username [required]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from PROMETHEUS" -l password -d 'Prometheus password, or - (stdin) or @FILE [required]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from PROMETHEUS" -l listen-address -d 'host:port Prometheus will scrape [required]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from PROMETHEUS" -l service-discovery -d 'Service discovery method (file|http) [required]' -r -f -a "file\t''
http\t''"
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from PROMETHEUS" -l scheme -d 'Protocol scheme Prometheus uses (http|https) [required]' -r -f -a "http\t''
https\t''"
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from PROMETHEUS" -l enabled -d 'Whether Prometheus is enabled (true|false) [required]' -r -f -a "true\t''
false\t''"
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from PROMETHEUS" -l tls-pem-path -d 'Absolute path to the PEM file on the Ops Manager host' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from PROMETHEUS" -l tls-pem-password -d 'Password of the PEM file, or - (stdin) or @FILE' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from PROMETHEUS" -l field -d 'Another field, sent as given (JSON if it parses); repeatable' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from PROMETHEUS" -l base-url -d 'Ops Manager URL [env: OMI_BASE_URL]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from PROMETHEUS" -l public-key -d 'Public API key [env: OMI_PUBLIC_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from PROMETHEUS" -l private-key -d 'Private API key, or - (stdin) or @FILE [env: OMI_PRIVATE_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from PROMETHEUS" -l project-id -d 'Project id (24 hex characters) [env: OMI_PROJECT_ID]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from PROMETHEUS" -l project -d 'Project by name, instead of --project-id' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from PROMETHEUS" -l profile -d 'Profile of the config file [env: OMI_PROFILE]' -r -f -a "(omi config profiles 2>/dev/null)"
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from PROMETHEUS" -l ca-cert -d 'Also trust this PEM certificate authority' -r -F
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from PROMETHEUS" -l timeout -d 'Per-request timeout [default: 30]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from PROMETHEUS" -l retries -d 'Retries on 429, 502-504, network errors [default: 3]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from PROMETHEUS" -l max-wait -d 'Longest wait between retries, in all [default: 60]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from PROMETHEUS" -l max-rate -d 'At most N requests per second [default: no limit]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from PROMETHEUS" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets masked)'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from PROMETHEUS" -s q -l quiet -d 'No notes or progress on stderr; warnings and errors still show'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from PROMETHEUS" -l json -d 'Print the response body as received, for jq and scripts'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from PROMETHEUS" -l dry-run -d 'Print what would be sent, secrets masked, and send nothing'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from PROMETHEUS" -l pretty -d 'Ask the server for indented JSON'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from PROMETHEUS" -l envelope -d 'Ask the server to wrap responses in {status, content}'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from PROMETHEUS" -l insecure -d 'Skip TLS certificate checks (unsafe)'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from PROMETHEUS" -l no-cache -d 'Do not reuse the digest nonce between runs [env: OMI_NO_CACHE=1]'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from PROMETHEUS" -s h -l help -d 'Print help (more with `omi help COMMAND`)'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from new-relic" -l license-key -d 'New Relic license key, or - (stdin) or @FILE [required]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from new-relic" -l account-id -d 'New Relic account id [required]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from new-relic" -l write-token -d 'New Relic insights write token, or - (stdin) or @FILE [required]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from new-relic" -l read-token -d 'New Relic insights read token, or - (stdin) or @FILE [required]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from new-relic" -l field -d 'Another field, sent as given (JSON if it parses); repeatable' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from new-relic" -l base-url -d 'Ops Manager URL [env: OMI_BASE_URL]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from new-relic" -l public-key -d 'Public API key [env: OMI_PUBLIC_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from new-relic" -l private-key -d 'Private API key, or - (stdin) or @FILE [env: OMI_PRIVATE_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from new-relic" -l project-id -d 'Project id (24 hex characters) [env: OMI_PROJECT_ID]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from new-relic" -l project -d 'Project by name, instead of --project-id' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from new-relic" -l profile -d 'Profile of the config file [env: OMI_PROFILE]' -r -f -a "(omi config profiles 2>/dev/null)"
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from new-relic" -l ca-cert -d 'Also trust this PEM certificate authority' -r -F
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from new-relic" -l timeout -d 'Per-request timeout [default: 30]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from new-relic" -l retries -d 'Retries on 429, 502-504, network errors [default: 3]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from new-relic" -l max-wait -d 'Longest wait between retries, in all [default: 60]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from new-relic" -l max-rate -d 'At most N requests per second [default: no limit]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from new-relic" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets masked)'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from new-relic" -s q -l quiet -d 'No notes or progress on stderr; warnings and errors still show'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from new-relic" -l json -d 'Print the response body as received, for jq and scripts'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from new-relic" -l dry-run -d 'Print what would be sent, secrets masked, and send nothing'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from new-relic" -l pretty -d 'Ask the server for indented JSON'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from new-relic" -l envelope -d 'Ask the server to wrap responses in {status, content}'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from new-relic" -l insecure -d 'Skip TLS certificate checks (unsafe)'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from new-relic" -l no-cache -d 'Do not reuse the digest nonce between runs [env: OMI_NO_CACHE=1]'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from new-relic" -s h -l help -d 'Print help (more with `omi help COMMAND`)'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from NEW_RELIC" -l license-key -d 'New Relic license key, or - (stdin) or @FILE [required]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from NEW_RELIC" -l account-id -d 'New Relic account id [required]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from NEW_RELIC" -l write-token -d 'New Relic insights write token, or - (stdin) or @FILE [required]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from NEW_RELIC" -l read-token -d 'New Relic insights read token, or - (stdin) or @FILE [required]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from NEW_RELIC" -l field -d 'Another field, sent as given (JSON if it parses); repeatable' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from NEW_RELIC" -l base-url -d 'Ops Manager URL [env: OMI_BASE_URL]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from NEW_RELIC" -l public-key -d 'Public API key [env: OMI_PUBLIC_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from NEW_RELIC" -l private-key -d 'Private API key, or - (stdin) or @FILE [env: OMI_PRIVATE_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from NEW_RELIC" -l project-id -d 'Project id (24 hex characters) [env: OMI_PROJECT_ID]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from NEW_RELIC" -l project -d 'Project by name, instead of --project-id' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from NEW_RELIC" -l profile -d 'Profile of the config file [env: OMI_PROFILE]' -r -f -a "(omi config profiles 2>/dev/null)"
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from NEW_RELIC" -l ca-cert -d 'Also trust this PEM certificate authority' -r -F
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from NEW_RELIC" -l timeout -d 'Per-request timeout [default: 30]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from NEW_RELIC" -l retries -d 'Retries on 429, 502-504, network errors [default: 3]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from NEW_RELIC" -l max-wait -d 'Longest wait between retries, in all [default: 60]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from NEW_RELIC" -l max-rate -d 'At most N requests per second [default: no limit]' -r
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from NEW_RELIC" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets masked)'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from NEW_RELIC" -s q -l quiet -d 'No notes or progress on stderr; warnings and errors still show'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from NEW_RELIC" -l json -d 'Print the response body as received, for jq and scripts'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from NEW_RELIC" -l dry-run -d 'Print what would be sent, secrets masked, and send nothing'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from NEW_RELIC" -l pretty -d 'Ask the server for indented JSON'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from NEW_RELIC" -l envelope -d 'Ask the server to wrap responses in {status, content}'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from NEW_RELIC" -l insecure -d 'Skip TLS certificate checks (unsafe)'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from NEW_RELIC" -l no-cache -d 'Do not reuse the digest nonce between runs [env: OMI_NO_CACHE=1]'
complete -c omi -n "__fish_omi_using_subcommand update; and __fish_seen_subcommand_from NEW_RELIC" -s h -l help -d 'Print help (more with `omi help COMMAND`)'
complete -c omi -n "__fish_omi_using_subcommand list" -l org-id -d 'List every project of this organization (24 hex characters); repeatable' -r
complete -c omi -n "__fish_omi_using_subcommand list" -l missing -d 'Only the projects that lack this type (a type, e.g. slack)' -r -f -a "pager-duty\t'PagerDuty'
slack\t'Slack'
datadog\t'Datadog'
hip-chat\t'HipChat'
ops-genie\t'Opsgenie'
victor-ops\t'VictorOps'
webhook\t'Webhook'
microsoft-teams\t'Microsoft Teams'
prometheus\t'Prometheus'
new-relic\t'New Relic'"
complete -c omi -n "__fish_omi_using_subcommand list" -l has -d 'Only the projects that have this type (a type, e.g. slack)' -r -f -a "pager-duty\t'PagerDuty'
slack\t'Slack'
datadog\t'Datadog'
hip-chat\t'HipChat'
ops-genie\t'Opsgenie'
victor-ops\t'VictorOps'
webhook\t'Webhook'
microsoft-teams\t'Microsoft Teams'
prometheus\t'Prometheus'
new-relic\t'New Relic'"
complete -c omi -n "__fish_omi_using_subcommand list" -l page-num -d 'Page of results to return, from 1' -r
complete -c omi -n "__fish_omi_using_subcommand list" -l items-per-page -d 'Results per page, 1 to 500' -r
complete -c omi -n "__fish_omi_using_subcommand list" -l base-url -d 'Ops Manager URL [env: OMI_BASE_URL]' -r
complete -c omi -n "__fish_omi_using_subcommand list" -l public-key -d 'Public API key [env: OMI_PUBLIC_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand list" -l private-key -d 'Private API key, or - (stdin) or @FILE [env: OMI_PRIVATE_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand list" -l profile -d 'Profile of the config file [env: OMI_PROFILE]' -r -f -a "(omi config profiles 2>/dev/null)"
complete -c omi -n "__fish_omi_using_subcommand list" -l ca-cert -d 'Also trust this PEM certificate authority' -r -F
complete -c omi -n "__fish_omi_using_subcommand list" -l timeout -d 'Per-request timeout [default: 30]' -r
complete -c omi -n "__fish_omi_using_subcommand list" -l retries -d 'Retries on 429, 502-504, network errors [default: 3]' -r
complete -c omi -n "__fish_omi_using_subcommand list" -l max-wait -d 'Longest wait between retries, in all [default: 60]' -r
complete -c omi -n "__fish_omi_using_subcommand list" -l max-rate -d 'At most N requests per second [default: no limit]' -r
complete -c omi -n "__fish_omi_using_subcommand list" -l project-id -d 'Project id (24 hex characters); repeatable [env: OMI_PROJECT_ID]' -r
complete -c omi -n "__fish_omi_using_subcommand list" -l project -d 'Project by name, instead of --project-id; repeatable' -r
complete -c omi -n "__fish_omi_using_subcommand list" -l all-projects -d 'List every project the key can see'
complete -c omi -n "__fish_omi_using_subcommand list" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets masked)'
complete -c omi -n "__fish_omi_using_subcommand list" -s q -l quiet -d 'No notes or progress on stderr; warnings and errors still show'
complete -c omi -n "__fish_omi_using_subcommand list" -l json -d 'Print the response body as received, for jq and scripts'
complete -c omi -n "__fish_omi_using_subcommand list" -l dry-run -d 'Print what would be sent, secrets masked, and send nothing'
complete -c omi -n "__fish_omi_using_subcommand list" -l pretty -d 'Ask the server for indented JSON'
complete -c omi -n "__fish_omi_using_subcommand list" -l envelope -d 'Ask the server to wrap responses in {status, content}'
complete -c omi -n "__fish_omi_using_subcommand list" -l insecure -d 'Skip TLS certificate checks (unsafe)'
complete -c omi -n "__fish_omi_using_subcommand list" -l no-cache -d 'Do not reuse the digest nonce between runs [env: OMI_NO_CACHE=1]'
complete -c omi -n "__fish_omi_using_subcommand list" -s h -l help -d 'Print help (more with `omi help COMMAND`)'
complete -c omi -n "__fish_omi_using_subcommand get" -l base-url -d 'Ops Manager URL [env: OMI_BASE_URL]' -r
complete -c omi -n "__fish_omi_using_subcommand get" -l public-key -d 'Public API key [env: OMI_PUBLIC_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand get" -l private-key -d 'Private API key, or - (stdin) or @FILE [env: OMI_PRIVATE_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand get" -l project-id -d 'Project id (24 hex characters) [env: OMI_PROJECT_ID]' -r
complete -c omi -n "__fish_omi_using_subcommand get" -l project -d 'Project by name, instead of --project-id' -r
complete -c omi -n "__fish_omi_using_subcommand get" -l profile -d 'Profile of the config file [env: OMI_PROFILE]' -r -f -a "(omi config profiles 2>/dev/null)"
complete -c omi -n "__fish_omi_using_subcommand get" -l ca-cert -d 'Also trust this PEM certificate authority' -r -F
complete -c omi -n "__fish_omi_using_subcommand get" -l timeout -d 'Per-request timeout [default: 30]' -r
complete -c omi -n "__fish_omi_using_subcommand get" -l retries -d 'Retries on 429, 502-504, network errors [default: 3]' -r
complete -c omi -n "__fish_omi_using_subcommand get" -l max-wait -d 'Longest wait between retries, in all [default: 60]' -r
complete -c omi -n "__fish_omi_using_subcommand get" -l max-rate -d 'At most N requests per second [default: no limit]' -r
complete -c omi -n "__fish_omi_using_subcommand get" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets masked)'
complete -c omi -n "__fish_omi_using_subcommand get" -s q -l quiet -d 'No notes or progress on stderr; warnings and errors still show'
complete -c omi -n "__fish_omi_using_subcommand get" -l json -d 'Print the response body as received, for jq and scripts'
complete -c omi -n "__fish_omi_using_subcommand get" -l dry-run -d 'Print what would be sent, secrets masked, and send nothing'
complete -c omi -n "__fish_omi_using_subcommand get" -l pretty -d 'Ask the server for indented JSON'
complete -c omi -n "__fish_omi_using_subcommand get" -l envelope -d 'Ask the server to wrap responses in {status, content}'
complete -c omi -n "__fish_omi_using_subcommand get" -l insecure -d 'Skip TLS certificate checks (unsafe)'
complete -c omi -n "__fish_omi_using_subcommand get" -l no-cache -d 'Do not reuse the digest nonce between runs [env: OMI_NO_CACHE=1]'
complete -c omi -n "__fish_omi_using_subcommand get" -s h -l help -d 'Print help (more with `omi help COMMAND`)'
complete -c omi -n "__fish_omi_using_subcommand delete" -l base-url -d 'Ops Manager URL [env: OMI_BASE_URL]' -r
complete -c omi -n "__fish_omi_using_subcommand delete" -l public-key -d 'Public API key [env: OMI_PUBLIC_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand delete" -l private-key -d 'Private API key, or - (stdin) or @FILE [env: OMI_PRIVATE_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand delete" -l project-id -d 'Project id (24 hex characters) [env: OMI_PROJECT_ID]' -r
complete -c omi -n "__fish_omi_using_subcommand delete" -l project -d 'Project by name, instead of --project-id' -r
complete -c omi -n "__fish_omi_using_subcommand delete" -l profile -d 'Profile of the config file [env: OMI_PROFILE]' -r -f -a "(omi config profiles 2>/dev/null)"
complete -c omi -n "__fish_omi_using_subcommand delete" -l ca-cert -d 'Also trust this PEM certificate authority' -r -F
complete -c omi -n "__fish_omi_using_subcommand delete" -l timeout -d 'Per-request timeout [default: 30]' -r
complete -c omi -n "__fish_omi_using_subcommand delete" -l retries -d 'Retries on 429, 502-504, network errors [default: 3]' -r
complete -c omi -n "__fish_omi_using_subcommand delete" -l max-wait -d 'Longest wait between retries, in all [default: 60]' -r
complete -c omi -n "__fish_omi_using_subcommand delete" -l max-rate -d 'At most N requests per second [default: no limit]' -r
complete -c omi -n "__fish_omi_using_subcommand delete" -s y -l yes -d 'Do not ask for confirmation (required when stdin is not a terminal)'
complete -c omi -n "__fish_omi_using_subcommand delete" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets masked)'
complete -c omi -n "__fish_omi_using_subcommand delete" -s q -l quiet -d 'No notes or progress on stderr; warnings and errors still show'
complete -c omi -n "__fish_omi_using_subcommand delete" -l json -d 'Print the response body as received, for jq and scripts'
complete -c omi -n "__fish_omi_using_subcommand delete" -l dry-run -d 'Print what would be sent, secrets masked, and send nothing'
complete -c omi -n "__fish_omi_using_subcommand delete" -l pretty -d 'Ask the server for indented JSON'
complete -c omi -n "__fish_omi_using_subcommand delete" -l envelope -d 'Ask the server to wrap responses in {status, content}'
complete -c omi -n "__fish_omi_using_subcommand delete" -l insecure -d 'Skip TLS certificate checks (unsafe)'
complete -c omi -n "__fish_omi_using_subcommand delete" -l no-cache -d 'Do not reuse the digest nonce between runs [env: OMI_NO_CACHE=1]'
complete -c omi -n "__fish_omi_using_subcommand delete" -s h -l help -d 'Print help (more with `omi help COMMAND`)'
complete -c omi -n "__fish_omi_using_subcommand apply" -s f -l file -d 'Desired integrations, JSON or TOML (by extension)' -r -F
complete -c omi -n "__fish_omi_using_subcommand apply" -l org-id -d 'Target every project of this organization (24 hex characters); repeatable' -r
complete -c omi -n "__fish_omi_using_subcommand apply" -l concurrency -d 'Requests in flight at once (twice as many projects are worked on)' -r
complete -c omi -n "__fish_omi_using_subcommand apply" -l alerts -d 'Then give the alert notifications of each type written (overrides the file\'s "alerts") the new key: those that held the previous one (matching, the default) or all; a masked value is never sent back' -r -f -a "matching\t''
all\t''"
complete -c omi -n "__fish_omi_using_subcommand apply" -l items-per-page -d 'Results per page, 1 to 500' -r
complete -c omi -n "__fish_omi_using_subcommand apply" -l base-url -d 'Ops Manager URL [env: OMI_BASE_URL]' -r
complete -c omi -n "__fish_omi_using_subcommand apply" -l public-key -d 'Public API key [env: OMI_PUBLIC_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand apply" -l private-key -d 'Private API key, or - (stdin) or @FILE [env: OMI_PRIVATE_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand apply" -l profile -d 'Profile of the config file [env: OMI_PROFILE]' -r -f -a "(omi config profiles 2>/dev/null)"
complete -c omi -n "__fish_omi_using_subcommand apply" -l ca-cert -d 'Also trust this PEM certificate authority' -r -F
complete -c omi -n "__fish_omi_using_subcommand apply" -l timeout -d 'Per-request timeout [default: 30]' -r
complete -c omi -n "__fish_omi_using_subcommand apply" -l retries -d 'Retries on 429, 502-504, network errors [default: 3]' -r
complete -c omi -n "__fish_omi_using_subcommand apply" -l max-wait -d 'Longest wait between retries, in all [default: 60]' -r
complete -c omi -n "__fish_omi_using_subcommand apply" -l max-rate -d 'At most N requests per second [default: no limit]' -r
complete -c omi -n "__fish_omi_using_subcommand apply" -l project-id -d 'Project id (24 hex characters); repeatable [env: OMI_PROJECT_ID]' -r
complete -c omi -n "__fish_omi_using_subcommand apply" -l project -d 'Project by name, instead of --project-id; repeatable' -r
complete -c omi -n "__fish_omi_using_subcommand apply" -l all-projects -d 'Target every project the key can see'
complete -c omi -n "__fish_omi_using_subcommand apply" -l prune -d 'Delete integrations the file does not declare'
complete -c omi -n "__fish_omi_using_subcommand apply" -l force -d 'Replace every declared integration, even if it looks unchanged'
complete -c omi -n "__fish_omi_using_subcommand apply" -s y -l yes -d 'Do not ask before --prune deletes (required when stdin is not a terminal)'
complete -c omi -n "__fish_omi_using_subcommand apply" -l exit-code -d 'With --dry-run: exit 7 when changes are pending, 0 when none (for CI drift checks)'
complete -c omi -n "__fish_omi_using_subcommand apply" -l all-rows -d 'List unchanged rows too (a terminal shows only what changes, fails or cannot be verified)'
complete -c omi -n "__fish_omi_using_subcommand apply" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets masked)'
complete -c omi -n "__fish_omi_using_subcommand apply" -s q -l quiet -d 'No notes or progress on stderr; warnings and errors still show'
complete -c omi -n "__fish_omi_using_subcommand apply" -l insecure -d 'Skip TLS certificate checks (unsafe)'
complete -c omi -n "__fish_omi_using_subcommand apply" -l no-cache -d 'Do not reuse the digest nonce between runs [env: OMI_NO_CACHE=1]'
complete -c omi -n "__fish_omi_using_subcommand apply" -l json -d 'Print every row as a JSON array'
complete -c omi -n "__fish_omi_using_subcommand apply" -l dry-run -d 'Show the plan and change nothing'
complete -c omi -n "__fish_omi_using_subcommand apply" -s h -l help -d 'Print help (more with `omi help COMMAND`)'
complete -c omi -n "__fish_omi_using_subcommand alerts; and not __fish_seen_subcommand_from test help" -l org-id -d 'Read every project of this organization (24 hex characters); repeatable' -r
complete -c omi -n "__fish_omi_using_subcommand alerts; and not __fish_seen_subcommand_from test help" -l type -d 'Only notifications of this type (e.g. pager-duty, or PAGER_DUTY)' -r -f -a "pager-duty\t'PagerDuty'
slack\t'Slack'
datadog\t'Datadog'
hip-chat\t'HipChat'
ops-genie\t'Opsgenie'
victor-ops\t'VictorOps'
webhook\t'Webhook'
microsoft-teams\t'Microsoft Teams'"
complete -c omi -n "__fish_omi_using_subcommand alerts; and not __fish_seen_subcommand_from test help" -l concurrency -d 'Requests in flight at once' -r
complete -c omi -n "__fish_omi_using_subcommand alerts; and not __fish_seen_subcommand_from test help" -l items-per-page -d 'Results per page, 1 to 500' -r
complete -c omi -n "__fish_omi_using_subcommand alerts; and not __fish_seen_subcommand_from test help" -l base-url -d 'Ops Manager URL [env: OMI_BASE_URL]' -r
complete -c omi -n "__fish_omi_using_subcommand alerts; and not __fish_seen_subcommand_from test help" -l public-key -d 'Public API key [env: OMI_PUBLIC_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand alerts; and not __fish_seen_subcommand_from test help" -l private-key -d 'Private API key, or - (stdin) or @FILE [env: OMI_PRIVATE_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand alerts; and not __fish_seen_subcommand_from test help" -l profile -d 'Profile of the config file [env: OMI_PROFILE]' -r -f -a "(omi config profiles 2>/dev/null)"
complete -c omi -n "__fish_omi_using_subcommand alerts; and not __fish_seen_subcommand_from test help" -l ca-cert -d 'Also trust this PEM certificate authority' -r -F
complete -c omi -n "__fish_omi_using_subcommand alerts; and not __fish_seen_subcommand_from test help" -l timeout -d 'Per-request timeout [default: 30]' -r
complete -c omi -n "__fish_omi_using_subcommand alerts; and not __fish_seen_subcommand_from test help" -l retries -d 'Retries on 429, 502-504, network errors [default: 3]' -r
complete -c omi -n "__fish_omi_using_subcommand alerts; and not __fish_seen_subcommand_from test help" -l max-wait -d 'Longest wait between retries, in all [default: 60]' -r
complete -c omi -n "__fish_omi_using_subcommand alerts; and not __fish_seen_subcommand_from test help" -l max-rate -d 'At most N requests per second [default: no limit]' -r
complete -c omi -n "__fish_omi_using_subcommand alerts; and not __fish_seen_subcommand_from test help" -l project-id -d 'Project id (24 hex characters); repeatable [env: OMI_PROJECT_ID]' -r
complete -c omi -n "__fish_omi_using_subcommand alerts; and not __fish_seen_subcommand_from test help" -l project -d 'Project by name, instead of --project-id; repeatable' -r
complete -c omi -n "__fish_omi_using_subcommand alerts; and not __fish_seen_subcommand_from test help" -l all-projects -d 'Read every project the key can see'
complete -c omi -n "__fish_omi_using_subcommand alerts; and not __fish_seen_subcommand_from test help" -l global -d 'Also the global alert configurations (Global Owner or Global Monitoring Admin role)'
complete -c omi -n "__fish_omi_using_subcommand alerts; and not __fish_seen_subcommand_from test help" -l stale -d 'Only notifications that use another key than their project\'s integration'
complete -c omi -n "__fish_omi_using_subcommand alerts; and not __fish_seen_subcommand_from test help" -l exit-code -d 'Exit 7 when a stale notification is found, 0 when none (for CI)'
complete -c omi -n "__fish_omi_using_subcommand alerts; and not __fish_seen_subcommand_from test help" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets masked)'
complete -c omi -n "__fish_omi_using_subcommand alerts; and not __fish_seen_subcommand_from test help" -s q -l quiet -d 'No notes or progress on stderr; warnings and errors still show'
complete -c omi -n "__fish_omi_using_subcommand alerts; and not __fish_seen_subcommand_from test help" -l insecure -d 'Skip TLS certificate checks (unsafe)'
complete -c omi -n "__fish_omi_using_subcommand alerts; and not __fish_seen_subcommand_from test help" -l no-cache -d 'Do not reuse the digest nonce between runs [env: OMI_NO_CACHE=1]'
complete -c omi -n "__fish_omi_using_subcommand alerts; and not __fish_seen_subcommand_from test help" -l json -d 'Print every row as a JSON array'
complete -c omi -n "__fish_omi_using_subcommand alerts; and not __fish_seen_subcommand_from test help" -s h -l help -d 'Print help (more with `omi help COMMAND`)'
complete -c omi -n "__fish_omi_using_subcommand alerts; and not __fish_seen_subcommand_from test help" -f -a "test" -d 'Ask Ops Manager to send a test of each selected notification'
complete -c omi -n "__fish_omi_using_subcommand alerts; and not __fish_seen_subcommand_from test help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omi -n "__fish_omi_using_subcommand alerts; and __fish_seen_subcommand_from test" -l org-id -d 'Read every project of this organization (24 hex characters); repeatable' -r
complete -c omi -n "__fish_omi_using_subcommand alerts; and __fish_seen_subcommand_from test" -l type -d 'Only notifications of this type (e.g. pager-duty, or PAGER_DUTY)' -r -f -a "pager-duty\t'PagerDuty'
slack\t'Slack'
datadog\t'Datadog'
hip-chat\t'HipChat'
ops-genie\t'Opsgenie'
victor-ops\t'VictorOps'
webhook\t'Webhook'
microsoft-teams\t'Microsoft Teams'"
complete -c omi -n "__fish_omi_using_subcommand alerts; and __fish_seen_subcommand_from test" -l concurrency -d 'Requests in flight at once' -r
complete -c omi -n "__fish_omi_using_subcommand alerts; and __fish_seen_subcommand_from test" -l alert-config -d 'Only this alert configuration (24 hex characters); repeatable' -r
complete -c omi -n "__fish_omi_using_subcommand alerts; and __fish_seen_subcommand_from test" -l base-url -d 'Ops Manager URL [env: OMI_BASE_URL]' -r
complete -c omi -n "__fish_omi_using_subcommand alerts; and __fish_seen_subcommand_from test" -l public-key -d 'Public API key [env: OMI_PUBLIC_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand alerts; and __fish_seen_subcommand_from test" -l private-key -d 'Private API key, or - (stdin) or @FILE [env: OMI_PRIVATE_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand alerts; and __fish_seen_subcommand_from test" -l profile -d 'Profile of the config file [env: OMI_PROFILE]' -r -f -a "(omi config profiles 2>/dev/null)"
complete -c omi -n "__fish_omi_using_subcommand alerts; and __fish_seen_subcommand_from test" -l ca-cert -d 'Also trust this PEM certificate authority' -r -F
complete -c omi -n "__fish_omi_using_subcommand alerts; and __fish_seen_subcommand_from test" -l timeout -d 'Per-request timeout [default: 30]' -r
complete -c omi -n "__fish_omi_using_subcommand alerts; and __fish_seen_subcommand_from test" -l retries -d 'Retries on 429, 502-504, network errors [default: 3]' -r
complete -c omi -n "__fish_omi_using_subcommand alerts; and __fish_seen_subcommand_from test" -l max-wait -d 'Longest wait between retries, in all [default: 60]' -r
complete -c omi -n "__fish_omi_using_subcommand alerts; and __fish_seen_subcommand_from test" -l max-rate -d 'At most N requests per second [default: no limit]' -r
complete -c omi -n "__fish_omi_using_subcommand alerts; and __fish_seen_subcommand_from test" -l project-id -d 'Project id (24 hex characters); repeatable [env: OMI_PROJECT_ID]' -r
complete -c omi -n "__fish_omi_using_subcommand alerts; and __fish_seen_subcommand_from test" -l project -d 'Project by name, instead of --project-id; repeatable' -r
complete -c omi -n "__fish_omi_using_subcommand alerts; and __fish_seen_subcommand_from test" -l all-projects -d 'Read every project the key can see'
complete -c omi -n "__fish_omi_using_subcommand alerts; and __fish_seen_subcommand_from test" -l global -d 'Also the global alert configurations (Global Owner or Global Monitoring Admin role)'
complete -c omi -n "__fish_omi_using_subcommand alerts; and __fish_seen_subcommand_from test" -l stale -d 'Only notifications that use another key than their project\'s integration'
complete -c omi -n "__fish_omi_using_subcommand alerts; and __fish_seen_subcommand_from test" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets masked)'
complete -c omi -n "__fish_omi_using_subcommand alerts; and __fish_seen_subcommand_from test" -s q -l quiet -d 'No notes or progress on stderr; warnings and errors still show'
complete -c omi -n "__fish_omi_using_subcommand alerts; and __fish_seen_subcommand_from test" -l json -d 'Print the response body as received, for jq and scripts'
complete -c omi -n "__fish_omi_using_subcommand alerts; and __fish_seen_subcommand_from test" -l insecure -d 'Skip TLS certificate checks (unsafe)'
complete -c omi -n "__fish_omi_using_subcommand alerts; and __fish_seen_subcommand_from test" -l no-cache -d 'Do not reuse the digest nonce between runs [env: OMI_NO_CACHE=1]'
complete -c omi -n "__fish_omi_using_subcommand alerts; and __fish_seen_subcommand_from test" -s h -l help -d 'Print help (more with `omi help COMMAND`)'
complete -c omi -n "__fish_omi_using_subcommand alerts; and __fish_seen_subcommand_from help" -f -a "test" -d 'Ask Ops Manager to send a test of each selected notification'
complete -c omi -n "__fish_omi_using_subcommand alerts; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omi -n "__fish_omi_using_subcommand projects" -l org-id -d 'Only this organization\'s projects (24 hex characters)' -r
complete -c omi -n "__fish_omi_using_subcommand projects" -l items-per-page -d 'Results per page, 1 to 500' -r
complete -c omi -n "__fish_omi_using_subcommand projects" -l base-url -d 'Ops Manager URL [env: OMI_BASE_URL]' -r
complete -c omi -n "__fish_omi_using_subcommand projects" -l public-key -d 'Public API key [env: OMI_PUBLIC_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand projects" -l private-key -d 'Private API key, or - (stdin) or @FILE [env: OMI_PRIVATE_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand projects" -l profile -d 'Profile of the config file [env: OMI_PROFILE]' -r -f -a "(omi config profiles 2>/dev/null)"
complete -c omi -n "__fish_omi_using_subcommand projects" -l ca-cert -d 'Also trust this PEM certificate authority' -r -F
complete -c omi -n "__fish_omi_using_subcommand projects" -l timeout -d 'Per-request timeout [default: 30]' -r
complete -c omi -n "__fish_omi_using_subcommand projects" -l retries -d 'Retries on 429, 502-504, network errors [default: 3]' -r
complete -c omi -n "__fish_omi_using_subcommand projects" -l max-wait -d 'Longest wait between retries, in all [default: 60]' -r
complete -c omi -n "__fish_omi_using_subcommand projects" -l max-rate -d 'At most N requests per second [default: no limit]' -r
complete -c omi -n "__fish_omi_using_subcommand projects" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets masked)'
complete -c omi -n "__fish_omi_using_subcommand projects" -s q -l quiet -d 'No notes or progress on stderr; warnings and errors still show'
complete -c omi -n "__fish_omi_using_subcommand projects" -l insecure -d 'Skip TLS certificate checks (unsafe)'
complete -c omi -n "__fish_omi_using_subcommand projects" -l no-cache -d 'Do not reuse the digest nonce between runs [env: OMI_NO_CACHE=1]'
complete -c omi -n "__fish_omi_using_subcommand projects" -l json -d 'Print the projects as a JSON array'
complete -c omi -n "__fish_omi_using_subcommand projects" -s h -l help -d 'Print help (more with `omi help COMMAND`)'
complete -c omi -n "__fish_omi_using_subcommand export" -l org-id -d 'Export every project of this organization (24 hex characters); repeatable' -r
complete -c omi -n "__fish_omi_using_subcommand export" -l format -d 'File format' -r -f -a "json\t''
toml\t''"
complete -c omi -n "__fish_omi_using_subcommand export" -s o -l output -d 'Write to FILE (mode 0600) instead of stdout, keeping the variable names FILE uses' -r -F
complete -c omi -n "__fish_omi_using_subcommand export" -l share -d 'Every project holds the same value for this secret field: one variable (NAME, or TYPE_FIELD) for all, e.g. OPS_GENIE.apiKey=OPSGENIE_KEY; repeatable' -r
complete -c omi -n "__fish_omi_using_subcommand export" -l env-file -d 'Also write a template of the variables (NAME= lines, mode 0600) to PATH' -r -F
complete -c omi -n "__fish_omi_using_subcommand export" -l items-per-page -d 'Results per page, 1 to 500' -r
complete -c omi -n "__fish_omi_using_subcommand export" -l base-url -d 'Ops Manager URL [env: OMI_BASE_URL]' -r
complete -c omi -n "__fish_omi_using_subcommand export" -l public-key -d 'Public API key [env: OMI_PUBLIC_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand export" -l private-key -d 'Private API key, or - (stdin) or @FILE [env: OMI_PRIVATE_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand export" -l profile -d 'Profile of the config file [env: OMI_PROFILE]' -r -f -a "(omi config profiles 2>/dev/null)"
complete -c omi -n "__fish_omi_using_subcommand export" -l ca-cert -d 'Also trust this PEM certificate authority' -r -F
complete -c omi -n "__fish_omi_using_subcommand export" -l timeout -d 'Per-request timeout [default: 30]' -r
complete -c omi -n "__fish_omi_using_subcommand export" -l retries -d 'Retries on 429, 502-504, network errors [default: 3]' -r
complete -c omi -n "__fish_omi_using_subcommand export" -l max-wait -d 'Longest wait between retries, in all [default: 60]' -r
complete -c omi -n "__fish_omi_using_subcommand export" -l max-rate -d 'At most N requests per second [default: no limit]' -r
complete -c omi -n "__fish_omi_using_subcommand export" -l project-id -d 'Project id (24 hex characters); repeatable [env: OMI_PROJECT_ID]' -r
complete -c omi -n "__fish_omi_using_subcommand export" -l project -d 'Project by name, instead of --project-id; repeatable' -r
complete -c omi -n "__fish_omi_using_subcommand export" -l all-projects -d 'Export every project the key can see'
complete -c omi -n "__fish_omi_using_subcommand export" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets masked)'
complete -c omi -n "__fish_omi_using_subcommand export" -s q -l quiet -d 'No notes or progress on stderr; warnings and errors still show'
complete -c omi -n "__fish_omi_using_subcommand export" -l insecure -d 'Skip TLS certificate checks (unsafe)'
complete -c omi -n "__fish_omi_using_subcommand export" -l no-cache -d 'Do not reuse the digest nonce between runs [env: OMI_NO_CACHE=1]'
complete -c omi -n "__fish_omi_using_subcommand export" -s h -l help -d 'Print help (more with `omi help COMMAND`)'
complete -c omi -n "__fish_omi_using_subcommand schema" -s h -l help -d 'Print help (more with `omi help COMMAND`)'
complete -c omi -n "__fish_omi_using_subcommand config; and not __fish_seen_subcommand_from set unset show path help" -s h -l help -d 'Print help (more with `omi help COMMAND`)'
complete -c omi -n "__fish_omi_using_subcommand config; and not __fish_seen_subcommand_from set unset show path help" -f -a "set" -d 'Set a key in a profile (file mode 0600)'
complete -c omi -n "__fish_omi_using_subcommand config; and not __fish_seen_subcommand_from set unset show path help" -f -a "unset" -d 'Remove a key from a profile'
complete -c omi -n "__fish_omi_using_subcommand config; and not __fish_seen_subcommand_from set unset show path help" -f -a "show" -d 'Show a profile, private key masked; with --effective, what a command would use'
complete -c omi -n "__fish_omi_using_subcommand config; and not __fish_seen_subcommand_from set unset show path help" -f -a "path" -d 'Print the config file\'s path'
complete -c omi -n "__fish_omi_using_subcommand config; and not __fish_seen_subcommand_from set unset show path help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omi -n "__fish_omi_using_subcommand config; and __fish_seen_subcommand_from set" -l profile -d 'Profile of the config file [env: OMI_PROFILE]' -r -f -a "(omi config profiles 2>/dev/null)"
complete -c omi -n "__fish_omi_using_subcommand config; and __fish_seen_subcommand_from set" -s q -l quiet -d 'No notes or progress on stderr; warnings and errors still show'
complete -c omi -n "__fish_omi_using_subcommand config; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (more with `omi help COMMAND`)'
complete -c omi -n "__fish_omi_using_subcommand config; and __fish_seen_subcommand_from unset" -l profile -d 'Profile of the config file [env: OMI_PROFILE]' -r -f -a "(omi config profiles 2>/dev/null)"
complete -c omi -n "__fish_omi_using_subcommand config; and __fish_seen_subcommand_from unset" -s q -l quiet -d 'No notes or progress on stderr; warnings and errors still show'
complete -c omi -n "__fish_omi_using_subcommand config; and __fish_seen_subcommand_from unset" -s h -l help -d 'Print help (more with `omi help COMMAND`)'
complete -c omi -n "__fish_omi_using_subcommand config; and __fish_seen_subcommand_from show" -l base-url -d 'Ops Manager URL [env: OMI_BASE_URL]' -r
complete -c omi -n "__fish_omi_using_subcommand config; and __fish_seen_subcommand_from show" -l public-key -d 'Public API key [env: OMI_PUBLIC_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand config; and __fish_seen_subcommand_from show" -l private-key -d 'Private API key, or - (stdin) or @FILE [env: OMI_PRIVATE_KEY]' -r
complete -c omi -n "__fish_omi_using_subcommand config; and __fish_seen_subcommand_from show" -l project-id -d 'Project id (24 hex characters) [env: OMI_PROJECT_ID]' -r
complete -c omi -n "__fish_omi_using_subcommand config; and __fish_seen_subcommand_from show" -l profile -d 'Profile of the config file [env: OMI_PROFILE]' -r -f -a "(omi config profiles 2>/dev/null)"
complete -c omi -n "__fish_omi_using_subcommand config; and __fish_seen_subcommand_from show" -l effective -d 'Show the settings a command would use (flags, OMI_*, MCLI_*, profile) and where each comes from'
complete -c omi -n "__fish_omi_using_subcommand config; and __fish_seen_subcommand_from show" -l json -d 'Print the settings as a JSON object'
complete -c omi -n "__fish_omi_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (more with `omi help COMMAND`)'
complete -c omi -n "__fish_omi_using_subcommand config; and __fish_seen_subcommand_from path" -s h -l help -d 'Print help (more with `omi help COMMAND`)'
complete -c omi -n "__fish_omi_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set a key in a profile (file mode 0600)'
complete -c omi -n "__fish_omi_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "unset" -d 'Remove a key from a profile'
complete -c omi -n "__fish_omi_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a profile, private key masked; with --effective, what a command would use'
complete -c omi -n "__fish_omi_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "path" -d 'Print the config file\'s path'
complete -c omi -n "__fish_omi_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omi -n "__fish_omi_using_subcommand completions" -s h -l help -d 'Print help (more with `omi help COMMAND`)'
complete -c omi -n "__fish_omi_using_subcommand man" -s h -l help -d 'Print help (more with `omi help COMMAND`)'
complete -c omi -n "__fish_omi_using_subcommand help; and not __fish_seen_subcommand_from create update list get delete apply alerts projects export schema config completions man help" -f -a "create" -d 'Create an integration (POST); fails if the type is already configured'
complete -c omi -n "__fish_omi_using_subcommand help; and not __fish_seen_subcommand_from create update list get delete apply alerts projects export schema config completions man help" -f -a "update" -d 'Create or replace an integration (PUT)'
complete -c omi -n "__fish_omi_using_subcommand help; and not __fish_seen_subcommand_from create update list get delete apply alerts projects export schema config completions man help" -f -a "list" -d 'List the project\'s integrations, or which projects have which'
complete -c omi -n "__fish_omi_using_subcommand help; and not __fish_seen_subcommand_from create update list get delete apply alerts projects export schema config completions man help" -f -a "get" -d 'Show one integration'
complete -c omi -n "__fish_omi_using_subcommand help; and not __fish_seen_subcommand_from create update list get delete apply alerts projects export schema config completions man help" -f -a "delete" -d 'Delete an integration'
complete -c omi -n "__fish_omi_using_subcommand help; and not __fish_seen_subcommand_from create update list get delete apply alerts projects export schema config completions man help" -f -a "apply" -d 'Converge projects to the integrations declared in a file'
complete -c omi -n "__fish_omi_using_subcommand help; and not __fish_seen_subcommand_from create update list get delete apply alerts projects export schema config completions man help" -f -a "alerts" -d 'Alert notifications that copy an integration, and whether they still use its key'
complete -c omi -n "__fish_omi_using_subcommand help; and not __fish_seen_subcommand_from create update list get delete apply alerts projects export schema config completions man help" -f -a "projects" -d 'List the projects the key can see: id, name, organization'
complete -c omi -n "__fish_omi_using_subcommand help; and not __fish_seen_subcommand_from create update list get delete apply alerts projects export schema config completions man help" -f -a "export" -d 'Write an apply file of the integrations the projects have now'
complete -c omi -n "__fish_omi_using_subcommand help; and not __fish_seen_subcommand_from create update list get delete apply alerts projects export schema config completions man help" -f -a "schema" -d 'Print the JSON Schema of the apply file (draft 2020-12)'
complete -c omi -n "__fish_omi_using_subcommand help; and not __fish_seen_subcommand_from create update list get delete apply alerts projects export schema config completions man help" -f -a "config" -d 'Read and write the config file'
complete -c omi -n "__fish_omi_using_subcommand help; and not __fish_seen_subcommand_from create update list get delete apply alerts projects export schema config completions man help" -f -a "completions" -d 'Print a shell completion script; the examples install it'
complete -c omi -n "__fish_omi_using_subcommand help; and not __fish_seen_subcommand_from create update list get delete apply alerts projects export schema config completions man help" -f -a "man" -d 'Print the man page (roff)'
complete -c omi -n "__fish_omi_using_subcommand help; and not __fish_seen_subcommand_from create update list get delete apply alerts projects export schema config completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c omi -n "__fish_omi_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "pager-duty" -d 'Create the PagerDuty integration'
complete -c omi -n "__fish_omi_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "slack" -d 'Create the Slack integration'
complete -c omi -n "__fish_omi_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "datadog" -d 'Create the Datadog integration'
complete -c omi -n "__fish_omi_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "hip-chat" -d 'Create the HipChat integration'
complete -c omi -n "__fish_omi_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "ops-genie" -d 'Create the Opsgenie integration'
complete -c omi -n "__fish_omi_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "victor-ops" -d 'Create the VictorOps integration'
complete -c omi -n "__fish_omi_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "webhook" -d 'Create the Webhook integration'
complete -c omi -n "__fish_omi_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "microsoft-teams" -d 'Create the Microsoft Teams integration'
complete -c omi -n "__fish_omi_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "prometheus" -d 'Create the Prometheus integration'
complete -c omi -n "__fish_omi_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "new-relic" -d 'Create the New Relic integration'
complete -c omi -n "__fish_omi_using_subcommand help; and __fish_seen_subcommand_from update" -f -a "pager-duty" -d 'Create or replace the PagerDuty integration'
complete -c omi -n "__fish_omi_using_subcommand help; and __fish_seen_subcommand_from update" -f -a "slack" -d 'Create or replace the Slack integration'
complete -c omi -n "__fish_omi_using_subcommand help; and __fish_seen_subcommand_from update" -f -a "datadog" -d 'Create or replace the Datadog integration'
complete -c omi -n "__fish_omi_using_subcommand help; and __fish_seen_subcommand_from update" -f -a "hip-chat" -d 'Create or replace the HipChat integration'
complete -c omi -n "__fish_omi_using_subcommand help; and __fish_seen_subcommand_from update" -f -a "ops-genie" -d 'Create or replace the Opsgenie integration'
complete -c omi -n "__fish_omi_using_subcommand help; and __fish_seen_subcommand_from update" -f -a "victor-ops" -d 'Create or replace the VictorOps integration'
complete -c omi -n "__fish_omi_using_subcommand help; and __fish_seen_subcommand_from update" -f -a "webhook" -d 'Create or replace the Webhook integration'
complete -c omi -n "__fish_omi_using_subcommand help; and __fish_seen_subcommand_from update" -f -a "microsoft-teams" -d 'Create or replace the Microsoft Teams integration'
complete -c omi -n "__fish_omi_using_subcommand help; and __fish_seen_subcommand_from update" -f -a "prometheus" -d 'Create or replace the Prometheus integration'
complete -c omi -n "__fish_omi_using_subcommand help; and __fish_seen_subcommand_from update" -f -a "new-relic" -d 'Create or replace the New Relic integration'
complete -c omi -n "__fish_omi_using_subcommand help; and __fish_seen_subcommand_from alerts" -f -a "test" -d 'Ask Ops Manager to send a test of each selected notification'
complete -c omi -n "__fish_omi_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "set" -d 'Set a key in a profile (file mode 0600)'
complete -c omi -n "__fish_omi_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "unset" -d 'Remove a key from a profile'
complete -c omi -n "__fish_omi_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Show a profile, private key masked; with --effective, what a command would use'
complete -c omi -n "__fish_omi_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "path" -d 'Print the config file\'s path'
