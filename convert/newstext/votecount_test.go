package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// flatKinds lists every node of d, articles and sections opened, as
// "kind text", nested nodes indented by two spaces a level.
func flatKinds(d *doc.Document) []string {
	var out []string
	var walk func(ns []*doc.Node, ind string)
	walk = func(ns []*doc.Node, ind string) {
		for _, n := range ns {
			out = append(out, ind+string(n.Kind)+" "+n.Text)
			walk(n.Children, ind+"  ")
		}
	}
	for _, a := range d.Articles {
		out = append(out, "article")
		walk(a.Children, "  ")
	}
	return out
}

// TestElectionResultRows: the rows of an election night's results, the
// votes with a thousands comma full-width or ASCII (１２，４０８, 9,876)
// or none, the winner's row under its mark (当, 当選, ◎, ○, 〇; 落 or 落選
// the loser's, or no mark), are table rows, a paragraph each: a figure
// with a thousands comma is no numbered head (９，), a marked row no
// title line and no bulleted head (◎), and a head over them is never
// glued to the first. A numbered head (１，概要), a bullet over a head's
// words (◎市長選の構図) and a clause's comma (１２，市は) are none of it.
func TestElectionResultRows(t *testing.T) {
	for s, want := range map[string]bool{
		"当　１２，４０８　高木誠一　無新":  true,
		"当選　１２，４０８　高木誠一　無新": true,
		"◎　１，０２４　山田健二　無新":   true,
		"〇　１，０２４　山田健二　無新":   true,
		"落　９，８７６　大野和夫　無現":   true,
		"当 12,408 高木誠一 無新":  true,
		"◎市長選の構図":           false,
		"◎　２０２５年の展望":        false,
		"当　選挙戦を振り返る":        false,
		"当面の課題　１２，４０８件":     false,
		"◆　１２，４０８　高木誠一　無新":  false, // (no election mark: a row, but tableRow's own)
	} {
		if got := electionRow(s); got != want {
			t.Errorf("electionRow(%q) = %v, want %v", s, got, want)
		}
	}
	for s, want := range map[string]int{
		"当　１２，４０８　高木誠一　無新": 4,
		"９，８７６　大野和夫　無現":    3,
		"１２，３４５，６７８　人口":    2,
		"市は１２，市長は５　決定":     0, // (a clause's comma)
		"１２，４０　高木誠一　無新":    0, // (two digits after it: no thousands comma)
	} {
		if got := tableRow(s); got != want {
			t.Errorf("tableRow(%q) = %d, want %d", s, got, want)
		}
	}
	for s, want := range map[string]string{
		"９，８７６　大野和夫　無現":    "",
		"１２，４０８　高木誠一　無新":   "",
		"◎　１２，４０８　高木誠一　無新": "",
		"１，概要":    "１，",
		"１，市政の課題": "１，",
		"◎市長選の構図": "◎",
	} {
		if got := headMarker(s); got != want {
			t.Errorf("headMarker(%q) = %q, want %q", s, got, want)
		}
	}
	// An invented page at a 13-character measure with no blank lines:
	// a story, a ◇ head over its result rows, and the next story.
	story := "知事選は５日投開票され、無所\n属新人の元県議青山修氏が初当\n選した。投票率は４１・０２％\n（前回３９・８８％）。\n"
	next := "湖北村長は村井氏\n　任期満了に伴う湖北村長選は\n５日投開票され、現職の村井進\n氏が再選された。\n"
	for _, c := range []struct{ win, lose, w, l string }{
		{"当　１２，４０８　青山修　無新", "　９，８７６　川口和夫　無現", "当　１２，４０８　青山修　無新", "９，８７６　川口和夫　無現"},
		{"当　１２，４０８　青山修　無新", "９，８７６　川口和夫　無現", "当　１２，４０８　青山修　無新", "９，８７６　川口和夫　無現"},
		{"当選　１２，４０８　青山修　無新", "落選　９，８７６　川口和夫　無現", "当選　１２，４０８　青山修　無新", "落選　９，８７６　川口和夫　無現"},
		{"◎　１２，４０８　青山修　無新", "　９，８７６　川口和夫　無現", "◎　１２，４０８　青山修　無新", "９，８７６　川口和夫　無現"},
		{"当　12,408　青山修　無新", "　9,876　川口和夫　無現", "当　12,408　青山修　無新", "9,876　川口和夫　無現"},
	} {
		page := "県知事に新人青山氏\n" + story + "◇開票結果\n" + c.win + "\n" + c.lose + "\n" + next
		d := mustRead(t, page)
		got := strings.Join(flatKinds(d), "\n")
		want := strings.Join([]string{
			"article", "  headline 県知事に新人青山氏",
			"  paragraph 知事選は５日投開票され、無所属新人の元県議青山修氏が初当選した。投票率は４１・０２％（前回３９・８８％）。",
			"  section ", "    heading ◇開票結果", "    paragraph " + c.w, "    paragraph " + c.l,
			"article", "  headline 湖北村長は村井氏", "  paragraph 任期満了に伴う湖北村長選は５日投開票され、現職の村井進氏が再選された。",
		}, "\n")
		if got != want {
			t.Errorf("page:\n%s\n got:\n%s\nwant:\n%s", page, got, want)
		}
		roundTrip(t, d)
	}
}
