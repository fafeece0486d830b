package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/urfave/cli/v3"

	"github.com/paiban/paiban/convert"
)

// Values offered after --paper, --lang and --encoding (any WxH paper and
// other spellings of the encodings are accepted too).
var (
	paperValues    = []string{"A4", "A3", "A5", "B5", "Letter"}
	langValues     = []string{"zh-Hans", "zh-Hant", "ja", "ko"}
	encodingValues = []string{"UTF-8", "UTF-16LE", "UTF-16BE", "GB18030", "Big5"}
)

// bashCompletion is the bash completion script. It uses only bash's own
// COMP_WORDS and compgen, so it works without the bash-completion package
// (cli's script calls that package's _get_comp_words_by_ref), and it
// completes the item after a comma in --to pdf,e → pdf,epub.
const bashCompletion = `# bash completion for paiban: source <(paiban completion bash)
_paiban_complete() {
  local cur="${COMP_WORDS[COMP_CWORD]}"
  local -a words=("${COMP_WORDS[@]:0:COMP_CWORD}")
  local -a req=("${words[@]}")
  if [[ "$cur" == -* ]]; then req+=("$cur"); fi
  local opts
  opts=$("${req[@]}" --generate-shell-completion 2>/dev/null) || return 0
  local head="" tail="$cur"
  case "${words[${#words[@]}-1]}" in
  --to|-t)
    if [[ "$cur" == *,* ]]; then head="${cur%,*},"; tail="${cur##*,}"; fi ;;
  esac
  local IFS=$'\n'
  COMPREPLY=($(compgen -P "$head" -W "$opts" -- "$tail"))
}
complete -o bashdefault -o default -F _paiban_complete paiban
`

// completionFlag ends the command line that the bash and zsh completion
// scripts run to ask for candidates.
const completionFlag = "--generate-shell-completion"

// complete answers a completion request (args ends with completionFlag)
// by printing candidates, one per line, and never runs a command: the
// scripts urfave/cli generates pass a partial word such as "--" on, and
// cli then treated the request as a real conversion. After a flag that
// takes a value, the formats are offered for --to and --from, else nothing
// (the shell completes file names). A partial word that starts with "-" is
// completed from the flags of the command given (or the top level's);
// otherwise the commands are offered until one is given (the shells after
// completion), then nothing.
func complete(app *cli.Command, args []string, reg *convert.Registry, w io.Writer) {
	words := args[1 : len(args)-1]
	if n := len(words); n > 0 && valueFlags(app)[words[n-1]] {
		var formats []string
		switch words[n-1] {
		case "--to", "-t":
			formats = reg.Writable()
		case "--from", "-f":
			formats = reg.Readable()
		case "--paper":
			formats = paperValues
		case "--lang":
			formats = langValues
		case "--encoding", "-e":
			formats = encodingValues
		}
		for _, f := range formats {
			fmt.Fprintln(w, f)
		}
		return
	}
	cur := ""
	if n := len(words); n > 0 && strings.HasPrefix(words[n-1], "-") {
		cur, words = words[n-1], words[:n-1]
	}
	var cmd *cli.Command
	for _, word := range words {
		if c := app.Command(word); c != nil {
			cmd = c
			break
		}
	}
	switch {
	case cur != "":
		flags := app.Flags
		if cmd != nil {
			flags = cmd.Flags
		}
		for _, f := range append(flags, cli.HelpFlag) {
			for _, name := range f.Names() {
				if opt := flagSpelling(name); strings.HasPrefix(opt, cur) {
					fmt.Fprintln(w, opt)
				}
			}
		}
	case len(words) > 0 && words[len(words)-1] == "completion":
		fmt.Fprintln(w, "bash\nzsh\nfish")
	case cmd == nil:
		for _, c := range app.Commands {
			if !c.Hidden {
				fmt.Fprintln(w, c.Name)
			}
		}
		fmt.Fprintln(w, "completion")
		fmt.Fprintln(w, "help")
	}
}
