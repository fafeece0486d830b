package newstext

import "strings"

// releasedPhotoCredit reports a caption closed by a photographer's credit
// and, in brackets after it, the agency that released the photo:
// …施工人员正在进场作业。王　新 摄（新华社发）, …李明攝（中新社發）. An
// agency sends out photos others took: the photographer's 摄 stands
// before the bracket and the bracket says who sent it (发, 發). desc is
// the text before the bracket, in its inside. A bracketed 发 with no
// photographer before it (…要抓好落实。（新华社发）) is no such credit.
func releasedPhotoCredit(desc, in string) bool {
	agency, ok := strings.CutSuffix(trimSpace(in), "发")
	if !ok {
		if agency, ok = strings.CutSuffix(trimSpace(in), "發"); !ok {
			return false
		}
	}
	if !releasingAgency(trimSpace(agency)) {
		return false
	}
	return endsInPhotoCredit(trimSpace(desc))
}

// releasingAgency reports the agency named in a photo's release bracket:
// a news agency's short name (新华社, 中新社, 路透社 — stationNames), or
// another agency's name ending in 社 (通讯社).
func releasingAgency(s string) bool {
	if s == "" || !atMost(s, 8) {
		return false
	}
	for _, a := range stationNames {
		if s == a && strings.HasSuffix(a, "社") {
			return true
		}
	}
	return strings.HasSuffix(s, "通讯社") || strings.HasSuffix(s, "通訊社")
}
