# bash completion for mailsight-cli
_mailsight_cli()
{
    local cur prev words cword
    _init_completion || return
    local commands
    commands=$(mailsight-cli --help 2>/dev/null | awk '/^Commands:/{f=1;next} /^$/{f=0} f && /^  [a-z]/{print $1}')
    case $prev in
        --zone|--history|--config|--domains-file|--expect|--terraform-plan|--terraform-state|--live-zone|--pdf|--output|--private-key|--from-mail|--out|--metrics)
            _filedir; return ;;
        --format)
            COMPREPLY=($(compgen -W "text json csv sarif junit html markdown" -- "$cur")); return ;;
        --language)
            COMPREPLY=($(compgen -W "en de fr system" -- "$cur")); return ;;
        --resolver|--timeout|--retries|--selector|--ip|--helo|--sender|--record|--from|--to|--since|--until|--listen|--database)
            return ;;
    esac
    if [[ $cur == --* ]]; then
        local opts
        opts=$(mailsight-cli --help 2>/dev/null | grep -oE -- '--[a-z][a-z-]*' | sort -u)
        COMPREPLY=($(compgen -W "$opts" -- "$cur"))
        return
    fi
    local i have_command=
    for ((i = 1; i < cword; i++)); do
        [[ ${words[i]} != -* ]] && [[ " $commands " == *" ${words[i]} "* ]] && have_command=1
    done
    if [[ -z $have_command ]]; then
        COMPREPLY=($(compgen -W "$commands" -- "$cur"))
    fi
}
complete -F _mailsight_cli mailsight-cli
