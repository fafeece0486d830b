package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/urfave/cli/v3"

	"github.com/paiban/paiban/convert"
)

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
