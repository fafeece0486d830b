package html

import (
	"bufio"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/internal/markup"
	"github.com/paiban/paiban/layout"
)

// page writes the whole page for docs to out. The articles are written
// as they are rendered, one at a time, and their JSON-LD records before
// them likewise, so that a page of very many articles is never held whole
// (issue 16); unless a font is embedded, which needs every character of
// the page before the head: then the body is rendered first and held.
func (w *Writer) page(ctx context.Context, out *bufio.Writer, docs []*doc.Document) error {
	lang := langOf(docs[0])
	r := &renderer{vertical: w.vertical, hook: w.hook}
	title := w.title
	var authors []string
	seen := map[string]bool{}
	for _, d := range docs {
		if title == "" {
			title = d.Title()
		}
		for _, a := range d.Authors() {
			if !seen[a] {
				seen[a] = true
				authors = append(authors, a)
			}
		}
	}
	if title == "" {
		title = untitled(lang)
	}
	var font []byte
	var license string
	if w.embed {
		r.runes = map[rune]bool{}
		if err := r.articles(ctx, docs, lang, nil); err != nil {
			return err
		}
		r.record(title)
		runes := make([]rune, 0, len(r.runes))
		for c := range r.runes {
			runes = append(runes, c)
		}
		slices.Sort(runes)
		var vlang layout.Lang
		if w.vertical {
			vlang = layout.Lang(lang)
		}
		var err error
		var lacksForms bool
		if font, lacksForms, err = markup.EmbedSubset(w.face, runes, vlang); err != nil {
			return fmt.Errorf("html: embed font: %w", err)
		}
		license = fontNote(w.face)
		if lacksForms && w.warn != nil {
			w.warn(doc.Diagnostic{Severity: doc.SeverityWarning, Message: markup.NoVerticalForms})
		}
	}

	out.WriteString("<!DOCTYPE html>\n<html lang=\"" + attr(lang) + "\"")
	if w.vertical {
		out.WriteString(` class="vertical"`)
	}
	out.WriteString(">\n<head>\n<meta charset=\"utf-8\">\n")
	out.WriteString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	out.WriteString("<meta name=\"color-scheme\" content=\"light dark\">\n")
	out.WriteString("<meta name=\"generator\" content=\"paiban\">\n")
	out.WriteString("<title>")
	out.WriteString(escape(title))
	out.WriteString("</title>\n")
	if len(authors) > 0 {
		out.WriteString(`<meta name="author" content="` + attr(strings.Join(authors, ", ")) + "\">\n")
	}
	out.WriteString("<style>\n")
	if font != nil {
		out.WriteString("/* " + embeddedFamily + ": " + cssComment(license) + ". */\n@font-face {\n  font-family: " + embeddedFamily +
			";\n  src: url(data:font/ttf;base64,")
		enc := base64.NewEncoder(base64.StdEncoding, out)
		enc.Write(font)
		enc.Close()
		out.WriteString(") format(\"truetype\");\n}\n")
	}
	out.WriteString(stylesheet(w.vertical, font != nil))
	out.WriteString("</style>\n")
	out.WriteString("<script type=\"application/ld+json\">\n")
	if err := writeJSONLD(out, docs, w.dateOf(docs)); err != nil {
		return fmt.Errorf("html: %w", err)
	}
	out.WriteString("\n</script>\n</head>\n<body>\n<main>\n")
	if w.embed {
		out.WriteString(r.sb.String())
	} else if err := r.articles(ctx, docs, lang, out); err != nil {
		return err
	}
	_, err := out.WriteString("</main>\n</body>\n</html>\n")
	return err
}

// articles renders the articles of docs, whose page is in lang: to out,
// an article at a time, or, if out is nil, into r.sb.
func (r *renderer) articles(ctx context.Context, docs []*doc.Document, lang string, out *bufio.Writer) error {
	n := 0
	for _, d := range docs {
		alang := ""
		if l := langOf(d); l != lang {
			alang = l
		}
		r.korean = strings.HasPrefix(langOf(d), "ko")
		for _, a := range d.Articles {
			if err := ctx.Err(); err != nil {
				return err
			}
			n++
			r.article(a, "a"+strconv.Itoa(n), alang)
			if r.err != nil {
				return fmt.Errorf("html: %w", r.err)
			}
			if out != nil {
				if _, err := out.WriteString(r.sb.String()); err != nil {
					return fmt.Errorf("html: %w", err)
				}
				r.sb.Reset()
			}
		}
	}
	return nil
}

// dateOf is the publication date of docs in RFC 3339, UTC, whole
// seconds: the one given, else the latest of the dates every writer
// derives from each document's content.
func (w *Writer) dateOf(docs []*doc.Document) string {
	t := w.date
	if t.IsZero() {
		for _, d := range docs {
			if f := d.FixedDate(); f.After(t) {
				t = f
			}
		}
	}
	return t.UTC().Truncate(time.Second).Format(time.RFC3339)
}

// langOf is the language of d, or the default when it does not say.
func langOf(d *doc.Document) string {
	if d.Lang == "" {
		return defaultLang
	}
	return d.Lang
}

// newsArticle is a schema.org NewsArticle record.
type newsArticle struct {
	Context             string   `json:"@context"`
	Type                string   `json:"@type"`
	Headline            string   `json:"headline,omitempty"`
	AlternativeHeadline string   `json:"alternativeHeadline,omitempty"`
	Author              []person `json:"author,omitempty"`
	Dateline            string   `json:"dateline,omitempty"`
	DatePublished       string   `json:"datePublished"`
	InLanguage          string   `json:"inLanguage"`
}

type person struct {
	Type string `json:"@type"`
	Name string `json:"name"`
}

// writeJSONLD writes the page's JSON-LD to out: a NewsArticle per
// article, as an array, record by record, in the bytes of
// json.MarshalIndent(records, "", " ") (TestJSONLDStreams). encoding/json
// writes < > & as \u escapes, so nothing in it can close the <script>
// element.
func writeJSONLD(out *bufio.Writer, docs []*doc.Document, date string) error {
	n := 0
	for _, d := range docs {
		for _, a := range d.Articles {
			b, err := json.MarshalIndent(record(d, a, date), " ", " ")
			if err != nil {
				return err
			}
			if n == 0 {
				out.WriteString("[\n ")
			} else {
				out.WriteString(",\n ")
			}
			n++
			out.Write(b)
		}
	}
	if n == 0 {
		_, err := out.WriteString("[]")
		return err
	}
	_, err := out.WriteString("\n]")
	return err
}

// record is the NewsArticle record of article a of d.
func record(d *doc.Document, a *doc.Node, date string) newsArticle {
	rec := newsArticle{Context: "https://schema.org", Type: "NewsArticle", DatePublished: date, InLanguage: langOf(d)}
	var seen map[string]bool
	doc.Walk(a, func(n *doc.Node) bool {
		switch n.Kind {
		case doc.KindHeadline:
			if rec.Headline == "" {
				rec.Headline = n.Text
			}
		case doc.KindSubheadline:
			if rec.AlternativeHeadline == "" {
				rec.AlternativeHeadline = strings.TrimLeft(n.Text, "—-― ")
			}
		case doc.KindDateline:
			if rec.Dateline == "" {
				rec.Dateline = n.Text
			}
		case doc.KindByline:
			for _, name := range n.Names {
				if seen == nil {
					seen = map[string]bool{}
				}
				if !seen[name] {
					seen[name] = true
					rec.Author = append(rec.Author, person{Type: "Person", Name: name})
				}
			}
		}
		return true
	})
	return rec
}

// cssComment makes s safe inside a CSS comment in a <style> element: it
// can neither end the comment nor the element.
func cssComment(s string) string {
	s = strings.ReplaceAll(s, "*/", "* /")
	return strings.ReplaceAll(strings.ReplaceAll(s, "<", "‹"), ">", "›")
}

// escape escapes s as text.
func escape(s string) string {
	r := renderer{plain: true}
	r.text(s)
	return r.sb.String()
}

// defaultLang is the language of documents that do not say.
const defaultLang = "zh-Hans"

// untitled is the title of a page with no headline, in its language.
func untitled(lang string) string {
	switch l := strings.ToLower(lang); {
	case strings.HasPrefix(l, "ja"):
		return "無題"
	case strings.HasPrefix(l, "ko"):
		return "제목 없음"
	case l == "zh-hant" || strings.HasPrefix(l, "zh-hant-") || l == "zh-tw" || l == "zh-hk" || l == "zh-mo":
		return "無標題"
	}
	return "无标题"
}
