package main

import (
	"io"
	"strings"
	"unicode/utf8"

	"github.com/urfave/cli/v3"
)

// helpWidth is the width help text is wrapped to.
const helpWidth = 100

// categoryOrder is the order of the convert command's flag groups in its
// help: what to write first, the rest by format, batch knobs last (cli
// would sort them by name).
var categoryOrder = []string{catOutput, catInput, catTxt, catPDF, catEPUB, catCommon, catBatch}

// helpPrinter prints cli's help templates with flagHelp available.
func helpPrinter(w io.Writer, templ string, data any) {
	cli.HelpPrinterCustom(w, templ, data, map[string]any{"flagHelp": flagHelp})
}

// convertHelpTemplate is cli's command help with the flags grouped and
// wrapped by flagHelp.
var convertHelpTemplate = strings.Replace(cli.CommandHelpTemplate,
	`OPTIONS:{{template "visibleFlagCategoryTemplate" .}}`, `OPTIONS:{{flagHelp .}}`, 1)

// flagHelp lists cmd's visible flags by category in categoryOrder, each
// description wrapped at helpWidth under its own column.
func flagHelp(cmd *cli.Command) string {
	type line struct{ names, usage string }
	groups := map[string][]line{}
	nameW := 0
	for _, f := range cmd.VisibleFlags() {
		names, usage, _ := strings.Cut(f.String(), "\t")
		cat := ""
		if cf, ok := f.(cli.CategorizableFlag); ok {
			cat = cf.GetCategory()
		}
		groups[cat] = append(groups[cat], line{names, usage})
		if n := utf8.RuneCountInString(names); n > nameW && n <= 32 {
			nameW = n
		}
	}
	var b strings.Builder
	for _, cat := range append(categoryOrder, "") {
		lines := groups[cat]
		if len(lines) == 0 {
			continue
		}
		b.WriteString("\n")
		if cat != "" {
			b.WriteString("   " + cat + "\n\n")
		}
		for _, l := range lines {
			pad := nameW - utf8.RuneCountInString(l.names)
			if pad < 0 {
				// A name too long for the column gets a line of its own.
				b.WriteString("   " + l.names + "\n")
				l.names, pad = "", nameW
			}
			b.WriteString("   " + l.names + strings.Repeat(" ", pad) + "  ")
			indent := 3 + nameW + 2
			b.WriteString(wrapText(l.usage, helpWidth-indent, strings.Repeat(" ", indent)))
			b.WriteString("\n")
		}
	}
	return b.String()
}

// wrapText breaks s into lines of at most width columns at spaces, the
// lines after the first starting with indent.
func wrapText(s string, width int, indent string) string {
	var b strings.Builder
	n := 0
	for i, word := range strings.Fields(s) {
		w := utf8.RuneCountInString(word)
		switch {
		case i == 0:
		case n+1+w > width:
			b.WriteString("\n" + indent)
			n = 0
		default:
			b.WriteByte(' ')
			n++
		}
		b.WriteString(word)
		n += w
	}
	return b.String()
}
