package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// Japanese conventions found by an eighth round of blind pages (OCR of a
// vertical page, a regional paper's print page, a wire service's web
// items), each tested on original text of its own.

// TestJaRunningHeadInSentence: OCR of a vertical page, wrapped at ten
// characters, reads the running head of the next page (the edition's
// date, the weekday and the page's name) and its page number between
// the halves of the sentence the page break cut. The running head is
// noise, however long and whatever the line above left open, and the
// sentence is joined again across it: no furniture inside body text.
func TestJaRunningHeadInSentence(t *testing.T) {
	for in, want := range map[string]bool{
		"２０２５年（令和７年）１１月４日　火曜日　　まちと人": true,
		"２０２５年１１月４日（火曜日）　　第２経済　　７":   true,
		"第１２版　　２０２５年１１月４日":           true,
		"２０２５年１１月４日に開かれた町議会で、委員長は":   false,
		"駅前の広場で　　朝市が開かれた":            false,
	} {
		if got := datedPageHead(in, nil); got != want {
			t.Errorf("datedPageHead(%q) = %v, want %v", in, got, want)
		}
	}
	page := "　港町の小さな書店が、今年で\n開店五十年を迎えた。店主の\n" +
		"森田静江さんは、毎朝七時に\n店を開け、通学の子どもたちを\n見送ってき\n" +
		"２０２５年（令和７年）１１月４日　火曜日　　まちと人\n" +
		"２３\n" +
		"た。常連客の多くは三代にわ\nたって通うという。\n"
	d := mustRead(t, page)
	got := strings.Join(pageLeafKinds(d), "\n")
	wantIn(t, got,
		"paragraph 港町の小さな書店が、今年で開店五十年を迎えた。店主の森田静江さんは、毎朝七時に店を開け、通学の子どもたちを見送ってきた。常連客の多くは三代にわたって通うという。",
		"noise ２０２５年（令和７年）１１月４日　火曜日　　まちと人\nnoise ２３")
	// A line of prose opening with a date stays in its sentence.
	d = mustRead(t, "　町は、今月から新しいバスの路線を\n２０２５年１１月４日に開かれた町議会で\n説明した。\n")
	if got := strings.Join(pageLeafKinds(d), "\n"); strings.Contains(got, "noise") {
		t.Errorf("a wrapped line opening with a date taken as furniture:\n%s", got)
	}
}

// TestJaBracketedFolio: a regional paper's folio sets the page number in
// round brackets beside the page's name, the paper's name and the
// edition's date; the line is furniture, not a kicker over the
// headline. A bracketed number with no date beside it is not a folio.
func TestJaBracketedFolio(t *testing.T) {
	for in, want := range map[string]string{
		"第１地域　　（１７）　　東海新報　　２０２５年（令和７年）１１月４日（火曜日）": noiseFolio,
		"総合　（3）　２０２５年１１月４日（火曜日）":                  noiseFolio,
		"第１地域　　（１７）　　東海新報":                        "",
		"（１７）": "",
		"（１２３４）　　東海新報　　２０２５年１１月４日（火曜日）": noiseDate, // (a dated line, but no page number: no folio)
	} {
		if got := noiseKind(in); got != want {
			t.Errorf("noiseKind(%q) = %q, want %q", in, got, want)
		}
	}
	page := "第１地域　　（１７）　　東海新報　　２０２５年（令和７年）１１月４日（火曜日）\n" +
		"港の朝市　再開へ\n" +
		"　【大船渡】大船渡市は４日、休止していた港の朝市を来月から再開すると発表した。\n"
	d := mustRead(t, page)
	got := strings.Join(pageLeafKinds(d), "\n")
	wantIn(t, got, "noise 第１地域　　（１７）　　東海新報　　２０２５年（令和７年）１１月４日（火曜日）\nheadline 港の朝市　再開へ")
}

// TestJaClockStamp: a wire service's web items date each story under its
// headline with the date and the time written with their units
// (2025年11月04日09時30分): a time stamp, noise, not a subheadline; and
// the service's masthead opening the page, its name with the section
// after it on one line (時事通信　経済ニュース), is the site's
// furniture, not a headline of its own.
func TestJaClockStamp(t *testing.T) {
	for in, want := range map[string]bool{
		"2025年11月04日09時30分":  true,
		"2025年11月4日 9時5分":    true,
		"2025年11月04日":        false,
		"2025年11月04日09時":     false,
		"2025年11月04日09時30分に": false,
		"午前9時30分":            false,
	} {
		if got := hanClockStamp(in); got != want {
			t.Errorf("hanClockStamp(%q) = %v, want %v", in, got, want)
		}
	}
	for in, want := range map[string]bool{
		"時事通信":          true,
		"時事通信　経済ニュース":   true,
		"東海新報　マーケット　株式": true,
		"時事通信　新製品の発表":   false,
		"通信障害　経済":       false,
	} {
		if got := jaMasthead(in); got != want {
			t.Errorf("jaMasthead(%q) = %v, want %v", in, got, want)
		}
	}
	page := "時事通信　経済ニュース\n\n" +
		"円相場、一時１５２円台　輸出企業の業績に追い風\n2025年11月04日09時30分\n" +
		"　【ニューヨーク時事】３日のニューヨーク外国為替市場で、円相場は一時１ドル＝１５２円台まで下落した。\n\n" +
		"港湾ストが終結\n2025年11月04日08時05分\n" +
		"　【ロサンゼルス時事】米西海岸の港湾労働者によるストライキが３日、終結した。\n"
	d := mustRead(t, page)
	got := strings.Join(pageLeafKinds(d), "\n")
	wantIn(t, got,
		"noise 時事通信　経済ニュース\nheadline 円相場、一時１５２円台　輸出企業の業績に追い風\nnoise 2025年11月04日09時30分",
		"headline 港湾ストが終結\nnoise 2025年11月04日08時05分")
}

// TestJaRubricAndWorkCredit: OCR of a vertical page reads the rubric
// printed over its first story (まちと人) before the headline; the running
// head that dates the page repeats it, so it is the page's name, noise,
// not a headline over the real one. A rubric the page head does not name
// stays a title line. The feature's end credit naming what its writer did
// (（文・写真　森田花子）) is a byline naming the writer.
func TestJaRubricAndWorkCredit(t *testing.T) {
	top := "まちと人\n港町の書店\n五十年の灯\n　港町の小さな書店が、今年で\n開店五十年を迎えた。\n"
	rest := "２３\n　常連客の多くは三代にわたっ\nて通うという。\n（文・写真　森田花子）\n"
	d := mustRead(t, top+"２０２５年（令和７年）１１月４日　火曜日　　まちと人\n"+rest)
	roundTrip(t, d) // the rubric written over its "# " headline stays the page's
	got := strings.Join(pageLeafKinds(d), "\n")
	wantIn(t, got, "noise まちと人\nheadline 港町の書店", "byline （文・写真　森田花子）")
	var by *doc.Node
	for _, a := range d.Articles {
		doc.Walk(a, func(n *doc.Node) bool {
			if n.Kind == doc.KindByline {
				by = n
			}
			return true
		})
	}
	if by == nil || len(by.Names) != 1 || by.Names[0] != "森田花子" || by.Org != "" {
		t.Errorf("work credit byline = %+v, want names 森田花子 and no org", by)
	}
	d = mustRead(t, top+rest)
	if got := strings.Join(pageLeafKinds(d), "\n"); strings.Contains(got, "noise まちと人") {
		t.Errorf("a title line taken as a rubric with no page head naming it:\n%s", got)
	}
	for in, ok := range map[string]bool{
		"文・写真　森田花子": true,
		"写真と文　森田花子": true,
		"文・写真森田花子":  false,
		"文・写真　社会部":  false,
	} {
		if _, got := workLabelCredit(in); got != ok {
			t.Errorf("workLabelCredit(%q) ok = %v, want %v", in, got, ok)
		}
	}
}

// TestJaTitleOverPhotoLabel: on OCR of a vertical page wrapped at ten
// characters, a headline exactly as wide as the column over its side
// headline, right above the photo's labelled caption (写真＝…), is a
// title line of its own, not wrapped into the side headline under it:
// the label says a caption starts there, so the lines above it are
// titles, each ended on purpose.
func TestJaTitleOverPhotoLabel(t *testing.T) {
	body := "　港町の小さな書店が、\n今年で開店五十年を迎\nえた。店主の森田静江\nさんは、毎朝七時に店\nを開け、通学の子ども\nたちを見送ってきた。\n" +
		"　常連客の多くは三代\nにわたって通うという\n。店は来月、記念の催\nしを開く予定で、地元\nの作家を招いた朗読会\nも計画している。\n"
	d := mustRead(t, "港町の書店、百年の灯\n三代が通う本棚\n写真＝店先に立つ森田\n静江さん\n"+body)
	got := strings.Join(pageLeafKinds(d), "\n")
	// (Which title each line is, the grammar decides: the lines are
	// each a unit of their own, not one wrapped paragraph.)
	wantIn(t, got, " 港町の書店、百年の灯\n", " 三代が通う本棚\ncaption 写真＝店先に立つ森田")
	for in, want := range map[string]bool{
		"写真＝店先に立つ森田": true,
		"写真は店先の様子":   true,
		"写真展が開かれた":   false,
	} {
		if got := photoLabelLine(in); got != want {
			t.Errorf("photoLabelLine(%q) = %v, want %v", in, got, want)
		}
	}
}
