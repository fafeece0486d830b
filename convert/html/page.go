package html

import (
	"bytes"
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

// page writes the whole page for docs to buf.
func (w *Writer) page(ctx context.Context, buf *bytes.Buffer, docs []*doc.Document) error {
	lang := langOf(docs[0])
	r := &renderer{vertical: w.vertical, hook: w.hook}
	if w.embed {
		r.runes = map[rune]bool{}
	}
	n := 0
	title := w.title
	var authors []string
	seen := map[string]bool{}
	for _, d := range docs {
		alang := ""
		if l := langOf(d); l != lang {
			alang = l
		}
		for _, a := range d.Articles {
			if err := ctx.Err(); err != nil {
				return err
			}
			n++
			r.article(a, "a"+strconv.Itoa(n), alang)
			if r.err != nil {
				return fmt.Errorf("html: %w", r.err)
			}
		}
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

	buf.WriteString("<!DOCTYPE html>\n<html lang=\"" + attr(lang) + "\"")
	if w.vertical {
		buf.WriteString(` class="vertical"`)
	}
	buf.WriteString(">\n<head>\n<meta charset=\"utf-8\">\n")
	buf.WriteString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	buf.WriteString("<meta name=\"color-scheme\" content=\"light dark\">\n")
	buf.WriteString("<meta name=\"generator\" content=\"paiban\">\n")
	buf.WriteString("<title>")
	buf.WriteString(escape(title))
	buf.WriteString("</title>\n")
	if len(authors) > 0 {
		buf.WriteString(`<meta name="author" content="` + attr(strings.Join(authors, ", ")) + "\">\n")
	}
	buf.WriteString("<style>\n")
	if font != nil {
		buf.WriteString("/* " + embeddedFamily + ": " + cssComment(license) + ". */\n@font-face {\n  font-family: " + embeddedFamily +
			";\n  src: url(data:font/ttf;base64,")
		buf.WriteString(base64.StdEncoding.EncodeToString(font))
		buf.WriteString(") format(\"truetype\");\n}\n")
	}
	buf.WriteString(stylesheet(w.vertical, font != nil))
	buf.WriteString("</style>\n")
	ld, err := jsonLD(docs, w.dateOf(docs))
	if err != nil {
		return fmt.Errorf("html: %w", err)
	}
	buf.WriteString("<script type=\"application/ld+json\">\n")
	buf.Write(ld)
	buf.WriteString("\n</script>\n</head>\n<body>\n<main>\n")
	buf.WriteString(r.sb.String())
	buf.WriteString("</main>\n</body>\n</html>\n")
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

// jsonLD returns the page's JSON-LD: a NewsArticle per article, as an
// array. encoding/json writes < > & as \u escapes, so nothing in it can
// close the <script> element.
func jsonLD(docs []*doc.Document, date string) ([]byte, error) {
	recs := []newsArticle{}
	for _, d := range docs {
		recs = appendRecords(recs, d, date)
	}
	return json.MarshalIndent(recs, "", " ")
}

// appendRecords appends the records of d's articles to recs.
func appendRecords(recs []newsArticle, d *doc.Document, date string) []newsArticle {
	for _, a := range d.Articles {
		rec := newsArticle{Context: "https://schema.org", Type: "NewsArticle", DatePublished: date, InLanguage: langOf(d)}
		seen := map[string]bool{}
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
					if !seen[name] {
						seen[name] = true
						rec.Author = append(rec.Author, person{Type: "Person", Name: name})
					}
				}
			}
			return true
		})
		recs = append(recs, rec)
	}
	return recs
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
