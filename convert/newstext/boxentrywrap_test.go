package newstext

import "testing"

// TestStandingBoxEntryWrap: a standing box's ▽ entry (催し, おくやみ)
// runs on to the next ▽ line: a full line of it ending in 。 is wrapped
// like any other, and its tail (無料, 参加費５００円, 喪主は長男) is
// neither a head nor a paragraph of its own (blind page
// ja-chiho-moyooshi). Not changed: the next story's headline under a box
// whose last entry ends exactly full (an indented dateline under it),
// and a short line under a full paragraph line that is no ▽ entry's (a
// head).
func TestStandingBoxEntryWrap(t *testing.T) {
	const story = `article
  headline 県立図書館が夜間開館　来月から
  dateline 【長野】
  paragraph 県立図書館は来月から、平日の開館時間を午後８時まで延ばす。仕事帰りの利用者の声に応えた。
  paragraph 館によると、夜間は閲覧室と貸し出し窓口を開ける。学習室は予約制とする。
  byline  山本一郎 : （山本一郎）
`
	tests := []struct {
		name, page, want string
	}{
		{"催し", "県立図書館が夜間開館　来月から\n　【長野】県立図書館は来月か\nら、平日の開館時間を午後８時\nまで延ばす。仕事帰りの利用者\nの声に応えた。\n　館によると、夜間は閲覧室と\n貸し出し窓口を開ける。学習室\nは予約制とする。\n（山本一郎）\n催し\n▽冬の星空観察会＝１９日午後\n６時半から、県民の森駐車場。\n無料\n▽こども将棋大会＝２０日午前\n９時、市体育館。参加費５００\n円\n▽手打ちうどん教室＝２１日午\n前１０時、中央公民館調理室。\n定員１５人\n", story + `article
  headline 催し
  paragraph ▽冬の星空観察会＝１９日午後６時半から、県民の森駐車場。無料
  paragraph ▽こども将棋大会＝２０日午前９時、市体育館。参加費５００円
  paragraph ▽手打ちうどん教室＝２１日午前１０時、中央公民館調理室。定員１５人`},
		{"おくやみ", "県立図書館が夜間開館　来月から\n　【長野】県立図書館は来月か\nら、平日の開館時間を午後８時\nまで延ばす。仕事帰りの利用者\nの声に応えた。\n　館によると、夜間は閲覧室と\n貸し出し窓口を開ける。学習室\nは予約制とする。\n（山本一郎）\nおくやみ\n▽田中一郎さん＝元中学校長。\n５日死去、８４歳。通夜は７日\n午後６時から市斎場。喪主は妻\n花子さん\n▽鈴木花子さん（すずき・はな\nこ）＝元市議。４日死去、９１\n歳。葬儀は近親者で済ませた。\n喪主は長男\n", story + `article
  headline おくやみ
  paragraph ▽田中一郎さん＝元中学校長。５日死去、８４歳。通夜は７日午後６時から市斎場。喪主は妻花子さん
  paragraph ▽鈴木花子さん（すずき・はなこ）＝元市議。４日死去、９１歳。葬儀は近親者で済ませた。喪主は長男`},
		{"story after the box (not)", "県立図書館が夜間開館　来月から\n　【長野】県立図書館は来月か\nら、平日の開館時間を午後８時\nまで延ばす。仕事帰りの利用者\nの声に応えた。\n　館によると、夜間は閲覧室と\n貸し出し窓口を開ける。学習室\nは予約制とする。\n（山本一郎）\n催し\n▽冬の星空観察会＝１９日午後\n６時半から、県民の森駐車場。\n無料\n▽こども将棋大会＝２０日午前\n９時、市体育館で開く。参加費\n５００円で申し込みは市役所。\n市道で乗用車が横転\n　【上田】６日午前８時ごろ、\n上田市の市道で乗用車が横転し\nた。けが人はいない。\n", story + `article
  headline 催し
  paragraph ▽冬の星空観察会＝１９日午後６時半から、県民の森駐車場。無料
  paragraph ▽こども将棋大会＝２０日午前９時、市体育館で開く。参加費５００円で申し込みは市役所。
article
  headline 市道で乗用車が横転
  dateline 【上田】
  paragraph ６日午前８時ごろ、上田市の市道で乗用車が横転した。けが人はいない。`},
		{"head under a paragraph (not)", "県立図書館が夜間開館　来月から\n　【長野】県立図書館は来月か\nら、平日の開館時間を午後８時\nまで延ばす。仕事帰りの利用者\nの声に応えた。\n　館によると、夜間は閲覧室と\n貸し出し窓口を開ける。学習室\nは予約制とする。夜間の利用\n者は北口から入館してもらう。\n駐車場\n　館の駐車場は夜間も使える。\n", `article
  headline 県立図書館が夜間開館　来月から
  dateline 【長野】
  paragraph 県立図書館は来月から、平日の開館時間を午後８時まで延ばす。仕事帰りの利用者の声に応えた。
  paragraph 館によると、夜間は閲覧室と貸し出し窓口を開ける。学習室は予約制とする。夜間の利用者は北口から入館してもらう。
  section
    heading 駐車場
    paragraph 館の駐車場は夜間も使える。`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tw34WantTree(t, tt.page, tt.want) })
	}
}
