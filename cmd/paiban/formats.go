package main

import (
	"context"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/urfave/cli/v3"
)

func formatsCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "formats",
		Usage: "list the formats paiban reads and writes",
		UsageText: `paiban formats

Prints each format's name, whether it can be read (r) and written (w),
its file extensions and a description. The name is what --to and --from take.

Example:
  paiban formats`,
		OnUsageError: onUsageError,
		Action: func(_ context.Context, cmd *cli.Command) error {
			if cmd.NArg() > 0 {
				return usagef("formats takes no arguments")
			}
			tw := tabwriter.NewWriter(e.stdout, 0, 8, 2, ' ', 0)
			fmt.Fprintln(tw, "NAME\tMODE\tEXTENSIONS\tDESCRIPTION")
			for _, c := range e.formats().Codecs() {
				mode := ""
				if c.CanRead() {
					mode += "r"
				}
				if c.CanWrite() {
					mode += "w"
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", c.Format.Name, mode,
					strings.Join(c.Format.Extensions, " "), c.Format.Description)
			}
			return tw.Flush()
		},
	}
}
