# bash completion for cogtools: cog-auth cog-export cog-sessions cog-fetch
# cog-mask cog-audit cog-notify

_cog_types='PERSON LOCATION STREET_ADDRESS EMAIL_ADDRESS PHONE_NUMBER
	CREDIT_CARD IBAN_CODE US_SSN IP_ADDRESS URL MAC_ADDRESS CRYPTO UK_NHS US_PASSPORT
	DATE_OF_BIRTH DATE_TIME ALL NONE'

# Options of the network tools, and what their arguments are.
_cog_net_opts='--allow-http --api --base-url --cacert --help --insecure
	--key-in-query --rate --retries --retry-max-time --verbose --version'

_cog()
{
	local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
	local opts files='' dirs='' words=''

	case ${1##*/} in
	cog-mask)
		opts='--allow --bad-lines --context --conversation --csv --delimiter
			--deny --detect --explain --explain-file --field --help
			--insecure-demo-key
			--key --key-file --list-types --mask-keys --output --parallel
			--pattern --quiet --region --rule --rules
			--show-values --skip --stats --strict --text --threshold
			--types --unbuffered --unmask --validator --version'
		case $prev in
		-r|--rules|--key-file|--stats|-o|--output|--explain-file)
			files=1 ;;
		--bad-lines) words='fail text skip' ;;
		-T|--types|-R|--rule) words=$_cog_types ;;
		--region) words='US CA GB DE FR ES IT NL IN AU' ;;
		-f|--field|-s|--skip|-k|--key|-p|--pattern|-j|--parallel)
			return ;;
		--delimiter|--allow|--deny|--context) return ;;
		--validator|--threshold) return ;;
		esac
		;;
	cog-auth)
		opts="$_cog_net_opts --force --logout --print-token --status"
		;;
	cog-sessions)
		opts="$_cog_net_opts --from --page-size --project --since --to
			--token-file --until"
		case $prev in
		--project|--since|--until) return ;;
		esac
		;;
	cog-fetch)
		opts="$_cog_net_opts --dir --failed --no-progress --parallel
			--progress --scan --token-file"
		case $prev in
		--dir) dirs=1 ;;
		--failed) files=1 ;;
		-j|--parallel) return ;;
		esac
		;;
	cog-export)
		opts="$_cog_net_opts --dry-run --format --from --job --job-file
			--max-storage-mb --max-time --no-progress --no-quota-check
			--no-wait --poll-interval --progress --project --rule --rules
			--since --to --token-file --until"
		case $prev in
		-r|--rules|--job-file) files=1 ;;
		--format) words='jsonl csv xml' ;;
		-R|--rule) words=$_cog_types ;;
		--job|--max-storage-mb|--max-time|--poll-interval) return ;;
		--project|--since|--until) return ;;
		esac
		;;
	cog-audit)
		opts='--allow-residual --expect-last --failed --help --job
			--job-file --key-file --log --mask-key-file --merge
			--parallel --pattern --split-dir --types --verify
			--version'
		case $prev in
		--failed|--job-file|--key-file|--log|--mask-key-file) files=1 ;;
		--split-dir) dirs=1 ;;
		-T|--types) words=$_cog_types ;;
		--expect-last|--job|-p|--pattern|-j|--parallel) return ;;
		esac
		;;
	cog-notify)
		opts='--allow-http --cacert --flush --help --insecure --raw
			--retries --retry-max-time --spool --status --url --verbose
			--version'
		case $prev in
		--flush|--spool) dirs=1 ;;
		--status) words='COMPLETED FAILED' ;;
		--url) return ;;
		esac
		;;
	*)
		return
		;;
	esac
	case $prev in
	--api) words='v1 rest odata' ;;
	--cacert|--token-file) files=1 ;;
	--base-url|--rate|--retries|--retry-max-time|--from|--to|--page-size)
		return ;;
	esac
	if [ -n "$words" ]; then
		COMPREPLY=($(compgen -W "$words" -- "$cur"))
	elif [ -n "$dirs" ]; then
		COMPREPLY=($(compgen -d -- "$cur"))
	elif [ -z "$files" ] && [[ $cur == -* ]]; then
		COMPREPLY=($(compgen -W "$opts" -- "$cur"))
	else
		COMPREPLY=($(compgen -f -- "$cur"))
	fi
}

complete -o filenames -F _cog cog-auth cog-export cog-sessions cog-fetch \
	cog-mask cog-audit cog-notify
