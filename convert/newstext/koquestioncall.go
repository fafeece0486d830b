package newstext

import "strings"

// A Korean advice column (생활법률 Q&A, 건강 상담, 세무 문답) closes with its
// standing call for the readers' questions after a ※: ※ 생활 속 법률
// 궁금증을 이메일(law@…)로 보내주시면 지면을 통해 답해드립니다., ※ 건강에
// 관한 궁금한 점을 보내주세요. It runs each week under every answer: page
// furniture, a call for contributions as 독자 의견 보내실 곳: … is
// (copyCall), whether the address closes it, sits in brackets mid-way or
// is left out. A ※ line asking for tips (제보) is a tip box's
// (koreanTipSlogan); a notice in the plain 다, one asking for anything
// but questions (※ 성금은 … 계좌로 보내주시면 됩니다.) and a story's
// sentence with no mark stay text. So does a story's own ※ notice that
// gives a contact: 문의 and 상담 are how any Korean notice does
// (※ 후원 문의는 …으로, 성금은 …으로 보내주시면 됩니다., ※ 신청서와 문의
// 사항은 이메일로 보내주시기 바랍니다.), so they count only with the
// column's promise to answer, and a line naming money or an
// application is the story's.

// koreanQuestionWords name what a column asks its readers to send.
var koreanQuestionWords = []string{"궁금", "질문", "사연", "고민"}

// koreanContactWords name a question too, but any notice's contact as
// well: they count only with a promise to answer (koreanAnswerPromises).
var koreanContactWords = []string{"상담", "문의"}

// koreanAnswerPromises are the column's promise to answer in print.
var koreanAnswerPromises = []string{"답해", "답변", "답을", "지면을 통해", "지면에서"}

// koreanNoticeWords name money or an application: a story's own notice
// (where to send donations, how to apply), never the column's call.
var koreanNoticeWords = []string{"성금", "후원", "계좌", "신청", "기부"}

// koreanSendAsks ask the reader to send, politely.
var koreanSendAsks = []string{"보내주", "보내 주", "보내시면", "보내십시오", "남겨주", "남겨 주"}

// koreanQuestionCall reports such a call: a ※ (or *) first, at most 160
// runes in the polite 니다 or 요, asking the reader to send
// (koreanSendAsks) questions (koreanQuestionWords, or koreanContactWords
// with koreanAnswerPromises), naming no money or application
// (koreanNoticeWords).
func koreanQuestionCall(s string) bool {
	if !strings.HasPrefix(s, "※") && !strings.HasPrefix(s, "*") || !atMost(s, 160) {
		return false
	}
	t := strings.TrimRight(s, ". !")
	if !strings.HasSuffix(t, "니다") && !strings.HasSuffix(t, "요") && !strings.HasSuffix(t, "오") || strings.Contains(s, "제보") {
		return false
	}
	ask := false
	for _, w := range koreanSendAsks {
		if strings.Contains(s, w) {
			ask = true
			break
		}
	}
	if !ask || containsAnyOf(s, koreanNoticeWords) {
		return false
	}
	if containsAnyOf(s, koreanQuestionWords) {
		return true
	}
	return containsAnyOf(s, koreanContactWords) && containsAnyOf(s, koreanAnswerPromises)
}
