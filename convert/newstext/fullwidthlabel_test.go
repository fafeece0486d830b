package newstext

import (
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// kindOfText returns the kind of the first node whose text is text, or
// "" when none is.
func kindOfText(d *doc.Document, text string) string {
	if n := nodeWithText(d, text); n != nil {
		return string(n.Kind)
	}
	return ""
}

// TestFullwidthPageHead: a page head set in full-width forms, its date in
// full-width digits and its page label in a full-width letter (Ａ７, 第７版,
// Ａ７版), is the page's folio as the ASCII head is (blind page
// cn-wanbao-rexian-ocr); full-width text with no page label or date
// stays content.
func TestFullwidthPageHead(t *testing.T) {
	body := "\n\n楼道灯坏了半月\n\n　　本报讯　昨天下午，家住河西区友谊路的刘阿姨拨打热线，称楼道里的声控灯坏了。\n"
	for _, tt := range []struct {
		head string
		want bool // noise
	}{
		{"津城晚报　社会新闻　２０２６年１２月６日　Ａ７", true},
		{"津城晚报　社会新闻　2026年12月6日　Ａ７", true},
		{"２０２６年１２月６日　星期日　第７版　社会", true},
		{"２０２６年１２月６日　星期日　Ａ７版　社会", true},
		{"Ａ７　社会新闻　２０２６年１２月６日", true},
		{"津城晚报　社会新闻　２０２６年１２月６日　Ａ７", true},
		// No date, no page: a title.
		{"津城晚报　社会新闻　ＡＢＣ", false},
		{"Ａ７级台风过境　全市停课", false},
	} {
		d := mustRead(t, tt.head+body)
		if got := kindOfText(d, tt.head); (got == "noise") != tt.want {
			t.Errorf("%q is %q, want noise %v", tt.head, got, tt.want)
		}
		roundTrip(t, d)
	}
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"Ａ７", true}, {"A7", true}, {"ＧＡ０７", true}, {"Ａ", false}, {"Ａ７７７７", false}, {"ＡＢ", false},
	} {
		if got := isPageLabel(tt.s); got != tt.want {
			t.Errorf("isPageLabel(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestFullwidthTipLine: a paper's tip line with its number in full-width
// digits (本报新闻热线：２３６０２３６０) is noise as the ASCII one is; a
// sentence naming the hotline stays text.
func TestFullwidthTipLine(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"本报新闻热线：２３６０２３６０", true},
		{"本报新闻热线：022-23602360", true},
		{"新聞熱線：（０２）２３６０２３６０", true},
		{"本报新闻热线：２３６", false},
		{"本报新闻热线：全天开通", false},
		{"新闻热线２３６０２３６０", false},
	} {
		if got := tipLine(tt.s); got != tt.want {
			t.Errorf("tipLine(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
	d := mustRead(t, "楼道灯坏了半月\n\n　　本报讯　昨天下午，刘阿姨拨打热线，称楼道里的声控灯坏了。\n\n本报新闻热线：２３６０２３６０\n")
	if got := kindOfText(d, "本报新闻热线：２３６０２３６０"); got != "noise" {
		t.Errorf("tip line is %q, want noise", got)
	}
	roundTrip(t, d)
}
