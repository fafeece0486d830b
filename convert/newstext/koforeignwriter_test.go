package newstext

import (
	"strings"
	"testing"
)

// TestKoreanForeignWriter: a foreign columnist's line, the name
// transliterated in two words before a university's short name,
// 마르타 린드크비스트 웁살라대 교수, keeps the surname in the name: the
// organisation opens with the university or its country (blind round
// 85). A Korean writer's one-word name, a qualifier or a country before
// the university, an institute's or a university's word after the name
// and an organisation that is no university read as before.
func TestKoreanForeignWriter(t *testing.T) {
	for s, want := range map[string]string{
		"마르타 린드크비스트 웁살라대 교수":     "웁살라대|교수|마르타 린드크비스트",
		"마르타 린드크비스트 스웨덴 웁살라대 교수": "스웨덴 웁살라대|교수|마르타 린드크비스트",
		"조지프 스티글리츠 컬럼비아대 교수":     "컬럼비아대|교수|조지프 스티글리츠",
		"피터 브라운리 하버드대학교 명예교수":    "하버드대학교|명예교수|피터 브라운리",
		"이수진 서울대 경제학부 교수":        "서울대 경제학부|교수|이수진",
		"이수진 전 서울대 교수":           "전 서울대|교수|이수진",
		"피터 미국 하버드대 교수":          "미국 하버드대|교수|피터",
		"이수진 프랑스 소르본대 교수":        "프랑스 소르본대|교수|이수진",
		"박영희 한빛연구원 연구위원":         "한빛연구원|연구위원|박영희",
		"김민수 고려대 의과대학 교수":        "고려대 의과대학|교수|김민수",
		"박민준 법무법인 한빛 변호사":        "법무법인 한빛|변호사|박민준",
		"최지훈 한국개발연구원 서울대 겸임교수":   "한국개발연구원 서울대|겸임교수|최지훈",
	} {
		c, ok := koreanAuthorLine(s)
		got := ""
		if ok {
			got = c.org + "|" + strings.Join(c.roles, ",") + "|" + strings.Join(c.names, ",")
		}
		if got != want {
			t.Errorf("koreanAuthorLine(%q) = %q, want %q", s, got, want)
		}
	}
	page := "[외신 칼럼]\n기후 재원, 약속보다 집행이 먼저다\n마르타 린드크비스트 웁살라대 교수\n\n" +
		"지난달 열린 당사국총회에서 선진국들은 기후 재원을 늘리겠다고 다시 약속했다.\n\n해법은 복잡하지 않다. 약속은 회의장에서 끝난다.\n"
	if got := outline(mustRead(t, page), false); !strings.Contains(got, "byline 마르타 린드크비스트 웁살라대 교수 org=웁살라대 roles=교수 names=마르타 린드크비스트") {
		t.Errorf("foreign writer's line under the column's title:\n%s", got)
	}
}
