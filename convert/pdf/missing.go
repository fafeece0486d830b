package pdf

// geta is drawn for a character no font covers (〓, GETA MARK, the
// typesetter's traditional placeholder).
const geta = '〓'

// resolve returns the face and the text that draw cluster: the first face
// of the set covering it, or its stand-in.
func (s *faceSet) resolve(cluster string) (face int, text string) {
	if fi := s.faceFor(cluster); fi >= 0 {
		return fi, cluster
	}
	return s.standIn(cluster)
}

// standIn decides how a cluster that no face of s can draw is shown. It is
// the one place for characters the fonts lack and for runes outside the BMP
// (fpdf encodes text as UCS-2 and panics on them): page building keeps the
// original cluster, measured one em wide, and only drawing substitutes.
//
// Today the stand-in is 〓 from the first face that has it, or, when none
// has, face -1: the renderer draws an empty box. To draw such a character
// from an outline instead, return it from here and draw it in a marked
// span whose ActualText is the cluster (as renderer.squeezed does), so that
// text extraction reads the real character.
func (s *faceSet) standIn(cluster string) (face int, text string) {
	if fi := s.faceFor(string(geta)); fi >= 0 {
		return fi, string(geta)
	}
	return -1, ""
}
