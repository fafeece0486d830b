package convert_test

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/paiban/paiban/convert"
	"github.com/paiban/paiban/convert/bulletin"
	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/convert/pdf"
)

// Give a writer options that have no field in Options, typed by its own
// package, through the registry.
func ExampleOptions_with() {
	o := convert.Options{To: "txt", With: []any{
		bulletin.WithWidth(28),
		bulletin.WithBrief(true),
		pdf.WithMargins(20, 15, 20, 15), // for the PDF writer: the bulletin ignores it
	}}
	err := convert.Convert(context.Background(), strings.NewReader(page), os.Stdout, o)
	fmt.Println(err)
	// Output:
	// 湘江新区
	//
	// 地铁四号线北延段今日通车
	// ========================
	//
	// 本报讯
	//
	// 　　9月2日上午，长沙地铁四号
	// 线北延段正式开通运营。
	// <nil>
}

// prefixOption is a custom codec's own option type.
type prefixOption string

// prefixed writes every headline with the prefixes its options give.
type prefixed struct{ prefix string }

func (p prefixed) Write(ctx context.Context, w io.Writer, d *doc.Document) error {
	for _, a := range d.Articles {
		if _, err := fmt.Fprintln(w, p.prefix+a.Headline()); err != nil {
			return err
		}
	}
	return nil
}

// A custom codec takes options of its own type from Options.With.
func ExampleOptionsOf() {
	reg := convert.Default()
	err := reg.Register(convert.Codec{
		Format: convert.Format{Name: "prefixed", Extensions: []string{".pre"}},
		NewWriter: func(o convert.Options) (convert.Writer, error) {
			var p prefixed
			for _, opt := range convert.OptionsOf[prefixOption](o) {
				p.prefix += string(opt)
			}
			return p, nil
		},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	o := convert.Options{To: "prefixed", With: []any{prefixOption("【要闻】"), prefixOption("▶")}}
	err = reg.Convert(context.Background(), strings.NewReader(page), os.Stdout, o)
	fmt.Println(err)
	// Output:
	// 【要闻】▶地铁四号线北延段今日通车
	// <nil>
}

// Ask which settings a format would leave aside, to warn of them.
func ExampleRegistry_Ignored() {
	reg := convert.Default()
	o := convert.Options{Title: "8月29日", Columns: 3, FontBody: "my.ttf"}
	for _, f := range []string{"pdf", "epub", "txt"} {
		fmt.Println(f, reg.Ignored(f, o))
	}
	o.EmbedFont = true
	fmt.Println("epub with EmbedFont", reg.Ignored("epub", o))
	// Output:
	// pdf []
	// epub [FontBody Columns]
	// txt [Title FontBody Columns]
	// epub with EmbedFont [Columns]
}

// Write with no format writes o.To.
func ExampleWrite_optionsTo() {
	d, err := convert.Read(context.Background(), strings.NewReader(page), convert.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	o := convert.Options{To: "txt", Width: 30, Brief: true}
	fmt.Println(convert.Write(context.Background(), os.Stdout, d, "", o))
	// Output:
	// 湘江新区
	//
	// 地铁四号线北延段今日通车
	// ========================
	//
	// 本报讯
	//
	// 　　9月2日上午，长沙地铁四号线
	// 北延段正式开通运营。
	// <nil>
}
