package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// TestSignOff: a notice's issuer over its date, after the body text and
// with no body text after them, is the article's sign-off (落款): the
// issuer a byline, the date a closing dateline. Anywhere else the same
// lines keep their kinds.
func TestSignOff(t *testing.T) {
	const head = "关于开展认定工作的通知\n\n各有关企业：\n\n现就认定工作有关事项通知如下，请按时申报。\n\n"
	for _, tc := range []struct {
		name, page string
		want       []string // the last nodes of the first article
	}{
		{"issuer over date", head + "市工业和信息化局\n2024年12月3日\n",
			[]string{"byline 市工业和信息化局", "dateline 2024年12月3日"}},
		{"blank line between", head + "市工业和信息化局\n\n2024年12月3日\n",
			[]string{"byline 市工业和信息化局", "dateline 2024年12月3日"}},
		{"joint issuers", head + "市发展和改革委员会\n市财政局\n二〇二四年十二月三日\n",
			[]string{"byline 市发展和改革委员会", "byline 市财政局", "dateline 二〇二四年十二月三日"}},
		{"a person signs", head + "张建国\n2024年12月3日\n",
			[]string{"byline 张建国", "dateline 2024年12月3日"}},
		{"next article follows", head + "市工业和信息化局\n2024年12月3日\n\n# 下一篇报道的标题\n\n本报讯　正文。\n",
			[]string{"byline 市工业和信息化局", "dateline 2024年12月3日"}},
		{"Japanese: date first", "市民の皆様へのお知らせ\n\n年末年始の窓口業務について、次のとおりお知らせします。\n\n令和6年12月3日\n山田市長　山田太郎\n",
			[]string{"dateline 令和6年12月3日", "byline 山田市長　山田太郎"}},
		{"Korean", "성명서\n\n정부는 의료 현장의 목소리를 즉시 들어야 한다.\n\n2024년 12월 3일\n대한의사협회 비상대책위원회\n",
			[]string{"dateline 2024년 12월 3일", "byline 대한의사협회 비상대책위원회"}},
		{"text after: no sign-off", head + "市工业和信息化局\n2024年12月3日\n\n以上事项如有变化，另行通知。\n",
			[]string{"noise 2024年12月3日", "paragraph 以上事项如有变化，另行通知。"}},
		{"a contact line is no issuer", head + "联系人：王明\n2024年12月3日\n",
			[]string{"paragraph 联系人：王明", "noise 2024年12月3日"}},
	} {
		d := mustRead(t, tc.page)
		got := leafKinds(d)
		if len(got) < len(tc.want) || strings.Join(got[len(got)-len(tc.want):], "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("%s: got\n%s\nwant it to end with\n%s", tc.name, strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			continue
		}
		roundTrip(t, d)
	}
}

func TestIsSignDate(t *testing.T) {
	for in, want := range map[string]bool{
		"2024年12月3日":     true,
		"２０２４年１２月３日":     true,
		"二〇二四年十二月三日":     true,
		"令和6年12月3日":      true,
		"令和元年5月1日":       true,
		"2024년 12월 3일":   true,
		"2024年12月":       false,
		"12月3日":          false,
		"2024年12月3日电":    false,
		"2024年12月3日　星期二": false,
		"截至2024年12月3日":   false,
		"市工业和信息化局":       false,
		// (The first rune decides before any trimming: spaces and
		// every numeral must pass it.)
		"　2024年12月3日": true,
		" 平成31年4月30日": true,
		"〇年一月一日":      true,
		"两千年":         false,
	} {
		if got := isSignDate(in); got != want {
			t.Errorf("isSignDate(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestSignerCredit(t *testing.T) {
	for in, want := range map[string]string{
		"市工业和信息化局":  "org=市工业和信息化局 roles= names=",
		"市政府":       "org=市政府 roles= names=",
		"张建国":       "org= roles= names=张建国",
		"山田市長　山田太郎": "org=山田市長 roles= names=山田太郎",
		"大和商事株式会社":  "org=大和商事株式会社 roles= names=",
	} {
		if got := creditText(signerCredit(in)); got != want {
			t.Errorf("signerCredit(%q) = %s, want %s", in, got, want)
		}
	}
}

// leafKinds lists the first article's leaves (the nodes under its
// sections too) as "kind text".
func leafKinds(d *doc.Document) []string {
	var out []string
	if len(d.Articles) == 0 {
		return nil
	}
	doc.Walk(d.Articles[0], func(n *doc.Node) bool {
		if !n.Kind.IsContainer() {
			out = append(out, string(n.Kind)+" "+n.Text)
		}
		return true
	})
	return out
}
