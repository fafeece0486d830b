package newstext

import "testing"

// TestRaceCardTitle: a race's title line, its number, class and distance
// parted by padding, over its card's rows is the card's section heading;
// a race's line among other races' lines, a line with no distance, a
// sentence and a tip's line stay as they were.
func TestRaceCardTitle(t *testing.T) {
	const story = "沙田一級賽金剛威龍志在三連捷\n\n【本報訊】沙田馬場今日舉行十場草地賽事，頭場下午十二時四十五分開跑。\n\n"
	const card = "馬號　馬名　騎師　練馬師　負磅　檔位\n1　金剛威龍　潘明哲　葉志強　133　3\n2　銀河使者　伍浩然　蔡家樂　128　7\n3　快樂閃電　梁嘉俊　方子健　126　5\n"
	const rows = "1　金剛威龍　潘明哲　葉志強　133　3\n2　銀河使者　伍浩然　蔡家樂　128　7\n3　快樂閃電　梁嘉俊　方子健　126　5\n"
	for _, tt := range []struct {
		name, page, line, want string
	}{
		{"over the header row", story + "第八場　一級賽　1400米草地\n\n" + card, "第八場　一級賽　1400米草地", "heading"},
		{"same block", story + "第八場　一級賽　1400米草地\n" + card, "第八場　一級賽　1400米草地", "heading"},
		{"over the rows", story + "第三場　第四班　1200米全天候跑道\n\n" + rows, "第三場　第四班　1200米全天候跑道", "heading"},
		{"surface apart", story + "第1場　第五班　1650米　草地\n\n" + card, "第1場　第五班　1650米　草地", "heading"},
		{"simplified", "沙田一级赛金刚威龙志在三连捷\n\n【本报讯】沙田马场今日举行十场草地赛事。\n\n第八场　一级赛　1400米草地\n\n马号　马名　骑师　练马师　负磅　档位\n1　金刚威龙　潘明哲　叶志强　133　3\n2　银河使者　伍浩然　蔡家乐　128　7\n", "第八场　一级赛　1400米草地", "heading"},
		// Look-alikes: as before.
		{"a day's programme", story + "第一場　1200米草地　第五班\n第二場　1650米全天候　第四班\n第三場　1000米草地　第三班\n", "第一場　1200米草地　第五班", "paragraph"},
		{"a programme under a header", story + "場次　路程　班次\n第一場　1200米草地　第五班\n第二場　1650米全天候　第四班\n", "第一場　1200米草地　第五班", "paragraph"},
		{"winners, no distance", story + "第八場　金剛威龍　潘明哲\n\n" + rows, "第八場　金剛威龍　潘明哲", "paragraph"},
		{"a sentence", story + "第八場一級賽1400米草地，金剛威龍勝出。\n\n" + rows, "第八場一級賽1400米草地，金剛威龍勝出。", "paragraph"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := mustRead(t, tt.page)
			if got := kindOfText(d, tt.line); got != tt.want {
				t.Errorf("%s read as %q, want %q\n%s", tt.line, got, tt.want, outline(d, true))
			}
			roundTrip(t, d)
			checkNothingLost(t, []byte(tt.page), d)
		})
	}
}

// TestRaceCardTitleLine: raceCardTitle on its own.
func TestRaceCardTitleLine(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"第八場　一級賽　1400米草地", true},
		{"第三場　第四班　1200米全天候跑道", true},
		{"第十場 第三班 1800米 泥地", true},
		{"第8场　1000米", true},
		{"第八場　金剛威龍　潘明哲", false},
		{"第八場一級賽1400米草地", false},
		{"第八場　一級賽　1400米草地，金剛威龍勝出", false},
		{"第八場　一級賽　14米", false},
		{"第八條　一級賽　1400米", false},
		{"●第八場：金剛威龍（3）", false},
	} {
		if got := raceCardTitle(tt.s); got != tt.want {
			t.Errorf("raceCardTitle(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
