package fonts

// Set is an ordered list of faces for one role: a primary and fallbacks.
type Set struct{ Faces []*Face }

// FaceFor returns the first face covering r, and false if none does (the
// caller then draws 〓 and warns). A nil face in the list is skipped.
func (s *Set) FaceFor(r rune) (*Face, bool) {
	if s == nil {
		return nil, false
	}
	for _, f := range s.Faces {
		if f != nil && f.Has(r) {
			return f, true
		}
	}
	return nil, false
}
