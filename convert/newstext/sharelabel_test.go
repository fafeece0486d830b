package newstext

import "testing"

// TestShareLabelRow: a Japanese site's share row opens with its label,
// the action with the article as its object or a verb (この記事をシェア,
// この記事をシェアする, 記事を共有), then the platforms: one row of web
// furniture, noise, not a table's row or a headline (blind page
// ja-web-kigyo-kessan). A word going on after the action, or a sentence,
// is no label.
func TestShareLabelRow(t *testing.T) {
	tests := []struct {
		line, want string
	}{
		{"この記事をシェア　X　Facebook　LINE", noiseChrome},
		{"この記事をシェアする　X　Facebook　LINE", noiseChrome},
		{"この記事をシェアしよう：X　LINE", noiseChrome},
		{"記事を共有　X　LINE　はてなブックマーク　Pocket", noiseChrome},
		{"この記事を共有する X Facebook Bluesky", noiseChrome},
		{"共有する　X（旧Twitter）　LINE", noiseChrome},
		{"このページをシェア：Facebook / X / LINE", noiseChrome},
		{"分享到：微博　微信　QQ空间", noiseChrome}, // (the same path in Chinese and Korean)
		{"공유하기 카카오톡 페이스북", noiseChrome},
		// Look-alikes: more words after the action, a sentence.
		{"この記事をシェアした人　X", ""},
		{"シェアハウス　X　LINE", ""},
		{"共有地の悲劇　X", ""},
		{"この記事をシェアしてください。X　LINE", ""},
	}
	for _, tc := range tests {
		if got := noiseKind(tc.line); got != tc.want {
			t.Errorf("noiseKind(%q) = %q, want %q", tc.line, got, tc.want)
		}
	}
	body := "北陸電機工業（金沢市）は5日、2026年9月中間連結決算を発表した。売上高は前年同期比8.4％増の612億円だった。\n"
	for _, row := range []string{"この記事をシェア　X　Facebook　LINE", "この記事をシェアする　X　Facebook　LINE", "記事を共有　X　LINE"} {
		wantKinds(t, "北陸電機、中間期で最高益　データセンター向け好調\n2026/12/05 18:20 更新\n"+row+"\n\n"+body,
			"headline 北陸電機、中間期で最高益　データセンター向け好調",
			"noise 2026/12/05 18:20 更新",
			"noise "+row)
	}
}
