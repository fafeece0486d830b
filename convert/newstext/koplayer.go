package newstext

import "strings"

// playerClock reports a media player's counter before it plays, alone on
// its line: 0:00, 00:00 or 0:00:00, as a Korean site's reading of the
// story (기사를 읽어드립니다) leaves it in copied text. It is the site's
// furniture; a time that is not all zeros may be the story's.
func playerClock(s string) bool {
	if len(s) < len("0:00") || len(s) > len("00:00:00") || s[0] != '0' {
		return false
	}
	head, rest, ok := strings.Cut(s, ":")
	if !ok || head != "0" && head != "00" {
		return false
	}
	if m, sec, ok := strings.Cut(rest, ":"); ok {
		return m == "00" && sec == "00"
	}
	return rest == "00"
}
