package main

import (
	"github.com/paiban/paiban/convert"
	"github.com/paiban/paiban/convert/pdf"
)

// pdfFlags adds the PDF writer's page make-up flags to o as pdf options:
// --layout, --masthead, --issue, --page-name, --first-page, and --date as
// the edition's printed date (only when given: SOURCE_DATE_EPOCH dates the
// file, not the edition).
func pdfFlags(fv flagValues, o *convert.Options) error {
	if s := fv.String("layout"); s != "" {
		l, err := pdf.ParseLayout(s)
		if err != nil {
			return usagef("convert: --layout: %v", err)
		}
		o.With = append(o.With, pdf.WithLayout(l))
	}
	f := pdf.Folio{
		Paper:     fv.String("masthead"),
		Issue:     fv.String("issue"),
		PageName:  fv.String("page-name"),
		FirstPage: fv.Int("first-page"),
	}
	f.Masthead = f.Paper != ""
	if f.FirstPage < 0 {
		return usagef("convert: --first-page must be positive")
	}
	if fv.String("date") != "" {
		f.Date = o.Date
	}
	if f != (pdf.Folio{}) {
		o.With = append(o.With, pdf.WithFolio(f))
	}
	return nil
}
