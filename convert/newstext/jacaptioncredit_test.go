package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// TestJaCaptionCredit: a Japanese wire photo's caption that OCR of a
// narrow column wrapped before its bracketed agency credit (記者会見する
// 米商務省の高 / 官＝５日、ワシントン / （ＡＰ＝共同）) is one caption, credit
// included, however short the line above the credit stops (blind page
// ja-yukan-ocr-kokusai-12). The credit alone under a paragraph (the
// story's trailer), under a caption already credited, or a bracket that
// is no agency's credit, stay as they were.
func TestJaCaptionCredit(t *testing.T) {
	const (
		top  = "北信日報　２０２６年（令和８年）１２月７日（月曜日）　（３）　夕刊　国際\n対中半導体規制を緩和\n米、同盟国と調整へ\n【ワシントン共同】米商務\n省は５日、中国向けの半導\n体製造装置の輸出規制を一\n部緩和すると発表した。日\n本やオランダなど同盟国と\nの調整を進め、来年１月か\nら適用する方針。\n　中国外務省の報道官は６\n日、「一方的な規制は撤廃\nすべきだ」と述べた。\n"
		next = "\n米ＩＴ大手が１万人削減\n【サンフランシスコ共同】\n米ＩＴ大手ノーススター社\nは５日、全従業員の約８％\nにあたる約１万人を削減す\nると発表した。\n"
	)
	for _, tt := range []struct {
		caption, want string // want: the caption's text, "" for none
	}{
		{"記者会見する米商務省の高\n官＝５日、ワシントン\n（ＡＰ＝共同）", "記者会見する米商務省の高官＝５日、ワシントン（ＡＰ＝共同）"},
		{"記者会見する米商務省高官\n＝５日、ワシントン\n（ロイター＝共同）", "記者会見する米商務省高官＝５日、ワシントン（ロイター＝共同）"},
		{"記者会見する米商務省高官\n＝５日、ワシントン\n（ＡＦＰ＝時事）", "記者会見する米商務省高官＝５日、ワシントン（ＡＦＰ＝時事）"},
		{"会見する高官＝５日、東京\n（共同）", "会見する高官＝５日、東京（共同）"},
		// The day alone after ＝, the place in the caption's words (a
		// 国際面 photo, blind page ja-kokusai-gaiho): still one caption.
		{"上海市内の建設現場＝５日\n（ロイター＝共同）", "上海市内の建設現場＝５日（ロイター＝共同）"},
		{"ソウル市内で記者会見する朴\n正浩首相＝６日午後\n（ＡＰ＝共同）", "ソウル市内で記者会見する朴正浩首相＝６日午後（ＡＰ＝共同）"},
		{"北京の天安門広場を警備す\nる武装警察＝５日\n（ＡＦＰ＝時事）", "北京の天安門広場を警備する武装警察＝５日（ＡＦＰ＝時事）"},
		// Already credited: the bracket under it is none of the
		// caption's.
		{"会見する高官＝５日、ワシ\nントン（ロイター＝共同）\n（共同）", "会見する高官＝５日、ワシントン（ロイター＝共同）"},
		// No agency's credit in the bracket.
		{"会見する高官＝５日、ワシ\nントン\n（写真・上）", ""},
		{"会見する高官＝５日、ワシ\nントン\n（５日）", ""},
	} {
		d := mustRead(t, top+tt.caption+next)
		var got []string
		d.WalkDocument(func(n *doc.Node) bool {
			if n.Kind == doc.KindCaption {
				got = append(got, n.Text)
			}
			return true
		})
		if tt.want != "" && (len(got) != 1 || got[0] != tt.want) {
			t.Errorf("%q: captions %q, want %q\n%s", tt.caption, got, tt.want, outline(d, false))
		}
		if tt.want == "" {
			for _, c := range got {
				if strings.HasSuffix(c, "）") {
					t.Errorf("%q: caption %q takes the bracket\n%s", tt.caption, c, outline(d, false))
				}
			}
		}
		roundTrip(t, d)
	}
	// The credit alone under a paragraph's last sentence is the story's
	// trailer, its byline, the sending agency its org: a photo agency's
	// credit too, in full-width or ASCII letters (it had stayed a
	// paragraph, or opened an article as its headline).
	for credit, org := range map[string]string{"（共同）": "共同", "（ＡＰ＝共同）": "共同", "（AP＝共同）": "共同", "（ＡＦＰ＝時事）": "時事", "（ロイター＝共同）": "共同", "（ＥＰＡ＝時事）": "時事"} {
		d := mustRead(t, top+"\n"+credit+"\n"+next)
		if k := kindOfText(d, credit); k != "byline" {
			t.Errorf("%s under a paragraph: %s\n%s", credit, k, outline(d, false))
		}
		if got := outline(d, false); !strings.Contains(got, "byline "+credit+" org="+org) {
			t.Errorf("%s: want org %s\n%s", credit, org, got)
		}
		roundTrip(t, d)
	}
	// Set apart from its caption by a blank line, the credit is still the
	// caption's, not the story's trailer (review 28a: the 共同 story was
	// credited to 時事); under a caption already credited, or one with no
	// day and place, it is not joined, nor is a bare （共同）.
	for _, tt := range []struct{ caption, credit, want string }{
		{"協議の会場となったホテル前を警備する治安部隊＝５日、カイロ", "（ＡＦＰ＝時事）", "協議の会場となったホテル前を警備する治安部隊＝５日、カイロ（ＡＦＰ＝時事）"},
		{"記者団の質問に答えるトランプ米大統領＝５日、ワシントン", "（ＡＰ＝共同）", "記者団の質問に答えるトランプ米大統領＝５日、ワシントン（ＡＰ＝共同）"},
		{"記者団の質問に答える米大統領＝５日、ワシントン（ロイター＝共同）", "（共同）", "記者団の質問に答える米大統領＝５日、ワシントン（ロイター＝共同）"},
		// A bare agency is also a wire story's own credit: it stays the
		// story's (review 28d).
		{"記者会見する木原稔官房長官＝５日、首相官邸", "（共同）", "記者会見する木原稔官房長官＝５日、首相官邸"},
	} {
		page := "米大統領、対中関税の一部停止を表明\n\n【ワシントン共同】トランプ米大統領は５日、中国からの輸入品に課している追加関税の一部を停止すると表明した。\n\n" + tt.caption + "\n\n" + tt.credit + "\n\n日銀、追加利上げを見送り\n\n日銀は５日の金融政策決定会合で、政策金利を据え置くことを決めた。\n"
		d := mustRead(t, page)
		var caps []string
		d.WalkDocument(func(n *doc.Node) bool {
			if n.Kind == doc.KindCaption {
				caps = append(caps, n.Text)
			}
			return true
		})
		if len(caps) != 1 || caps[0] != tt.want {
			t.Errorf("%s / %s: captions %q, want %q\n%s", tt.caption, tt.credit, caps, tt.want, outline(d, false))
		}
		roundTrip(t, d)
	}
	// The day alone after ＝ closes a caption only as its text: a
	// sentence, a listing's entry, a date with no day, a rate stay out.
	for s, want := range map[string]bool{
		"上海市内の建設現場＝５日":      true,
		"記者会見する首相＝６日夜":      true,
		"会見する首相＝２０２６年１２月６日": true,
		"工事が始まった。現場＝５日":     false,
		"▽臨時総会＝５日":          false,
		"建設現場＝５月":           false,
		"建設現場＝５日、上海":        false,
		"１ドル＝１５０円":          false,
		"ＷＨＯ＝世界保健機関＝５日":     false,
		"＝５日": false,
	} {
		if got := dayOnlyWireCaption(s); got != want {
			t.Errorf("dayOnlyWireCaption(%q) = %v, want %v", s, got, want)
		}
	}
	// Look-alikes: no agency sent it, no agency took it, two took it.
	for _, s := range []string{"（ＡＰ＝読売）", "（ＡＢＣ＝共同）", "（ＡＰ＝ＡＦＰ＝共同）"} {
		if k, c, _ := classifyText(s); k == uByline && c.org != "" {
			t.Errorf("classifyText(%q) = byline org %s, want no wire credit", s, c.org)
		}
	}
	for s, org := range map[string]string{"（ＡＰ＝共同）": "共同", "（AFP＝時事）": "時事"} {
		if k, c, _ := classifyText(s); k != uByline || c.org != org {
			t.Errorf("classifyText(%q) = %v org %s, want byline org %s", s, k, c.org, org)
		}
	}
}
