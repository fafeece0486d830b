package newstext

import "strings"

// A Japanese sports paper signs a game's story with its beat reporter's
// trailer: （担当・佐藤健太）, （担当＝佐藤健太）, the team he covers before
// the word, （巨人担当・佐藤健太）, （阪神担当　木村花子）, two reporters
// （担当・佐藤健太、木村花子）, his desk before his name （担当は運動部・佐藤健太）.
// 担当 (or 巨人担当, the beat) is his role, as 聞き手 is an interviewer's
// (interviewerCredit), not a bureau's place (jaBureauSign) nor part of a
// name. A notice's contact, （担当・総務課）, names no person and is none.

// beatWord is the word a beat reporter's trailer names his role by.
const beatWord = "担当"

// jaBeatCredit parses the inside of a beat reporter's trailer (see
// above): a beat of at most eight kanji, katakana or Latin letters or
// none, 担当 (or 担当記者), then what roleNamesCredit reads after a role.
func jaBeatCredit(inner string) (credit, bool) {
	k := strings.Index(inner, beatWord)
	if k < 0 {
		return credit{}, false
	}
	inner = trimSpace(inner)
	k = strings.Index(inner, beatWord)
	beat := inner[:k]
	if beat != "" && (!atMost(beat, 8) || !beatName(beat)) {
		return credit{}, false
	}
	end := k + len(beatWord)
	if strings.HasPrefix(inner[end:], "記者") {
		end += len("記者")
	}
	c, ok := roleNamesCredit(inner[:end], inner[end:])
	if !ok {
		return credit{}, false
	}
	for _, n := range c.names {
		if isDesk(n) || isPhotoSource(n) || findRoleIndex(n) >= 0 || strings.Contains(n, beatWord) || kanaBetweenKanji(n) {
			return credit{}, false // （担当・総務課）, （担当・窓口は市役所）: a notice's contact, no reporter
		}
	}
	return c, true
}

// beatName reports the beat before 担当: a team's, a club's or a desk's
// name of kanji, katakana or Latin letters (巨人, ヤクルト, ＤｅＮＡ, 県警).
func beatName(s string) bool {
	for _, r := range s {
		if !isHan(r) && !(r >= 0x30A1 && r <= 0x30FA) && r != 'ー' && !isLatinLetter(r) {
			return false
		}
	}
	return true
}

// kanaBetweenKanji reports a hiragana between two kanji, a particle
// joining words (窓口は市役所): a phrase, no name (a given name in kana
// ends the name, 佐々木まり).
func kanaBetweenKanji(s string) bool {
	prev, kana := false, false // a kanji before; hiragana since it
	for _, r := range s {
		switch {
		case isHan(r) || r == '々':
			if kana {
				return true
			}
			prev = true
		case r >= 0x3041 && r <= 0x3096:
			kana = prev
		default:
			prev, kana = false, false
		}
	}
	return false
}

// runOnBeatContact reports a 担当 trailer run on at a paragraph's end, s
// (the bracket), naming a bare surname (jaFullName fails): （担当・佐藤）,
// （担当＝生涯学習課・佐藤）, （担当・佐藤、鈴木）. Above more of the story
// it is a notice's person to contact (…市生涯学習課へ。（担当・佐藤）), not
// a beat reporter's signature, and stays in its paragraph; under the
// story's last paragraph, or with a full name, it signs the story.
func runOnBeatContact(s string) bool {
	c, ok := jaBeatCredit(unbracket(s))
	if !ok {
		return false
	}
	for _, n := range c.names {
		if !jaFullName(n) {
			return true
		}
	}
	return false
}
