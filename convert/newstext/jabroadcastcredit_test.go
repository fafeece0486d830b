package newstext

import (
	"strings"
	"testing"
)

// TestJaBroadcasterCredit: a Japanese broadcaster or paper credited in
// round brackets closing the story, （信越放送）, （ＳＢＣ信越放送）,
// （テレビ朝日）, （ＮＨＫ）, is a byline whose org is the station (blind
// page ja-jnn-web: （信越放送） had been a person's name, and with its call
// letters no credit at all, joined to the update stamp under it, which
// stays noise). A person's name, an ending alone, other capitals and a
// longer phrase are none.
func TestJaBroadcasterCredit(t *testing.T) {
	for in, want := range map[string]bool{
		"信越放送":       true,
		"ＳＢＣ信越放送":    true,
		"SBC信越放送":    true,
		"BSN新潟放送":    true,
		"北海道放送":      true,
		"テレビ朝日":      true,
		"テレビ信州":      true,
		"中京テレビ":      true,
		"ＴＢＳテレビ":     true,
		"琉球新報":       true,
		"沖縄タイムス":     true,
		"ＮＨＫ":        true,
		"NHK":        true,
		"山田太郎":       false,
		"放送":         false,
		"テレビ":        false,
		"ＥＵ":         false,
		"ABCDEF信越放送": false, // six capitals: no call letters
		"長野県内の民間放送":  false, // kana: a phrase
		"テレビで見た":     false, // kana: a phrase
		"共同":         false, // an agency: its own rule
	} {
		if got := jaBroadcasterName(in); got != want {
			t.Errorf("jaBroadcasterName(%q) = %v, want %v", in, got, want)
		}
	}
	const page = "大雪で国道１８号に車５０台立ち往生　長野・群馬県境\n2026年12月6日(土) 11:45\n" +
		"6日朝、長野と群馬の県境に近い国道18号で、大雪のため車およそ50台が立ち往生しました。\n" +
		"国土交通省によりますと、現場付近では12時間に40センチの雪が降ったということです。\n" +
		"けが人の情報は入っていませんが、国交省は除雪車を出して車の移動を進めています。\n"
	const stamp = "最終更新日：2026年12月6日(土) 12:10"
	for _, station := range []string{"信越放送", "ＳＢＣ信越放送", "SBC信越放送", "テレビ朝日", "ＮＨＫ"} {
		for _, tail := range []string{"", stamp + "\n"} {
			d := mustRead(t, page+"（"+station+"）\n"+tail)
			var by string
			for _, n := range d.Articles[0].Children {
				if n.Kind == "byline" {
					by = n.Org + "|" + strings.Join(n.Names, ",") + "|" + n.Text
				}
			}
			if by != station+"||（"+station+"）" {
				t.Errorf("（%s） over %q: byline %q\n%s", station, tail, by, strings.Join(allKinds(d), "\n"))
			}
			if k := allKinds(d); tail != "" && k[len(k)-1] != "noise "+stamp {
				t.Errorf("（%s）: the stamp under it: %v", station, k)
			}
			roundTrip(t, d)
		}
	}
}
