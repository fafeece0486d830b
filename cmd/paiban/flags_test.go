package main

import (
	"context"
	"slices"
	"testing"

	"github.com/urfave/cli/v3"
)

// TestFlagNamesMatchCli: the shortcut must give what cli's own Names does
// for every flag paiban defines, or a renamed flag would go unseen.
func TestFlagNamesMatchCli(t *testing.T) {
	app := newApp(&env{})
	n := 0
	for _, c := range append([]*cli.Command{app}, app.Commands...) {
		for _, f := range c.Flags {
			if got, want := flagNames(f), f.Names(); !slices.Equal(got, want) {
				t.Errorf("%s: flagNames %q, cli's Names %q", c.Name, got, want)
			}
			n++
		}
	}
	if n < 20 {
		t.Fatalf("only %d flags seen", n)
	}
}

// TestFlagValuesMatchCli parses a command line and reads every flag both
// through flagValues and through cli's own lookups.
func TestFlagValuesMatchCli(t *testing.T) {
	app := newApp(&env{getenv: func(string) string { return "" }})
	var conv *cli.Command
	for _, c := range app.Commands {
		if c.Name == "convert" {
			conv = c
		}
	}
	if conv == nil {
		t.Fatal("no convert command")
	}
	checked := 0
	conv.Action = func(_ context.Context, cmd *cli.Command) error {
		fv := newFlagValues(cmd)
		for _, f := range cmd.Flags {
			for _, name := range flagNames(f) {
				switch f.(type) {
				case *cli.StringFlag:
					if got, want := fv.String(name), cmd.String(name); got != want {
						t.Errorf("--%s: %q, cli %q", name, got, want)
					}
				case *cli.BoolFlag:
					if got, want := fv.Bool(name), cmd.Bool(name); got != want {
						t.Errorf("--%s: %v, cli %v", name, got, want)
					}
				case *cli.IntFlag:
					if got, want := fv.Int(name), cmd.Int(name); got != want {
						t.Errorf("--%s: %v, cli %v", name, got, want)
					}
				}
				checked++
			}
		}
		if fv.String("to") != "pdf,txt" || !fv.Bool("recursive") || fv.Int("jobs") != 3 || fv.String("max-size") != "64MiB" {
			t.Errorf("values not parsed: to=%q r=%v jobs=%d max-size=%q", fv.String("to"), fv.Bool("recursive"), fv.Int("jobs"), fv.String("max-size"))
		}
		return nil
	}
	args := []string{"paiban", "convert", "a.txt", "-t", "pdf,txt", "-r", "--jobs", "3", "--title", "T"}
	if err := app.Run(context.Background(), args); err != nil {
		t.Fatal(err)
	}
	if checked < 20 {
		t.Fatalf("only %d names checked", checked)
	}
}
