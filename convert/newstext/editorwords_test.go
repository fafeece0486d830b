package newstext

import "testing"

// TestEditorWordsHanLead: editorToken and joinPaddedEditor turn down a
// token not opening with a Han character before trying editorWords, which
// holds only while every editor word opens with one.
func TestEditorWordsHanLead(t *testing.T) {
	for _, e := range editorWords {
		if !hanLead(e) {
			t.Errorf("editor word %q does not open with a Han character", e)
		}
	}
}
