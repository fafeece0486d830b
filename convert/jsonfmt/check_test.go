package jsonfmt

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// TestReadRefusesWhatItWouldLose: a language tag that is not BCP 47, raw
// bytes that are not UTF-8 and escapes of lone UTF-16 surrogates are
// refused with the line, never read as something else (encoding/json
// alone turns the last two into U+FFFD silently).
func TestReadRefusesWhatItWouldLose(t *testing.T) {
	tree := func(lang, text string) string {
		return "{\n\"type\": \"document\",\n\"version\": 1,\n\"lang\": \"" + lang + "\",\n\"children\": [{\"type\": \"article\", \"children\": [\n{\"type\": \"paragraph\", \"text\": \"" + text + "\"}]}]}\n"
	}
	cases := []struct {
		name, in string
		line     int    // 0: accepted
		msg      string // part of the error
		text     string // the paragraph's text when accepted
	}{
		{"POSIX locale", tree("zh_CN", "正文"), 4, `"zh_CN" is not a BCP 47 language tag: write "zh-CN"`, ""},
		{"not a tag", tree("chinese!", "正文"), 4, "not a BCP 47 language tag", ""},
		{"unknown language", tree("xx", "正文"), 4, "not a BCP 47 language tag", ""},
		{"BCP 47 with script and region", tree("zh-Hans-CN", "正文"), 0, "", "正文"},
		{"raw invalid UTF-8", tree("zh-Hans", "正\xff文"), 6, "not UTF-8: byte 0xff", ""},
		{"truncated character", tree("zh-Hans", "正\xe6\x96"), 6, "not UTF-8", ""},
		{"lone high surrogate", tree("zh-Hans", `正\ud800文`), 6, `\ud800 is half of a UTF-16 surrogate pair`, ""},
		{"lone low surrogate", tree("zh-Hans", `正\uDC00文`), 6, `\uDC00 is half`, ""},
		{"high then not low", tree("zh-Hans", `\ud842\u0041`), 6, `\ud842 is half`, ""},
		{"pair", tree("zh-Hans", `\ud842\udfb7野家`), 0, "", "𠮷野家"},
		{"escaped backslash", tree("zh-Hans", `\\ud800 \ufffd`), 0, "", `\ud800 ` + "\ufffd"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, err := NewReader().Read(context.Background(), strings.NewReader(c.in), "t.json")
			if c.line == 0 {
				if err != nil {
					t.Fatal(err)
				}
				if got := d.Articles[0].Children[0].Text; got != c.text {
					t.Errorf("text %q, want %q", got, c.text)
				}
				return
			}
			var ie *doc.InputError
			if !errors.As(err, &ie) || ie.Line != c.line || !strings.Contains(err.Error(), c.msg) {
				t.Fatalf("got %v, want line %d and %q", err, c.line, c.msg)
			}
		})
	}
	// JSON Lines: the same rules, with the stream's line.
	stream := strings.ReplaceAll(tree("zh-Hans", "a"), "\n", "") + "\n" + strings.ReplaceAll(tree("zh_TW", "b"), "\n", "") + "\n"
	var errs []string
	for _, err := range NewReader().ReadLines(context.Background(), strings.NewReader(stream), "s.jsonl") {
		if err != nil {
			errs = append(errs, err.Error())
		}
	}
	if len(errs) != 1 || !strings.HasPrefix(errs[0], "s.jsonl:2: lang: ") {
		t.Errorf("stream errors %q", errs)
	}
}

func TestLangProblem(t *testing.T) {
	for tag, ok := range map[string]bool{
		"": true, "zh-Hans": true, "zh-Hant": true, "ja": true, "ko": true, "zh-CN": true, "en-US": true, "und": true,
		"zh_CN": false, "zh-": false, "-zh": false, "中文": false, "zh Hans": false, "xx": false,
	} {
		if got := LangProblem(tag) == ""; got != ok {
			t.Errorf("LangProblem(%q) = %q", tag, LangProblem(tag))
		}
	}
}
