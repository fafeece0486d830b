package epub

import (
	"crypto/sha256"
	"encoding/binary"
	"hash"

	"github.com/gofrs/uuid/v5"
	"github.com/paiban/paiban/convert/doc"
)

// namespace is the UUID v5 namespace of paiban book identifiers.
var namespace = uuid.NewV5(uuid.NamespaceURL, "https://github.com/paiban/paiban/epub")

// contentHash digests everything that makes up a book's text: the title,
// the languages and every node with its attributes. Two inputs with the
// same hash are the same publication.
func contentHash(title string, docs []*doc.Document) [32]byte {
	h := &hasher{h: sha256.New()}
	h.put(title)
	for _, d := range docs {
		h.put("document", d.Lang)
		for _, a := range d.Articles {
			doc.Walk(a, func(n *doc.Node) bool {
				h.put(string(n.Kind), n.Text, n.Org, n.Place, n.Date)
				h.put(n.Roles...)
				h.put(n.Names...)
				h.put("end")
				return true
			})
		}
	}
	var sum [32]byte
	h.h.Sum(sum[:0])
	return sum
}

// hasher feeds strings to a hash through a buffer of its own: converting
// each to a []byte for Write allocated a copy of the whole text of a book.
type hasher struct {
	h   hash.Hash
	buf [4096]byte
}

// put writes each string length-prefixed, so that field boundaries cannot
// be confused.
func (x *hasher) put(ss ...string) {
	for _, s := range ss {
		binary.BigEndian.PutUint64(x.buf[:8], uint64(len(s)))
		x.h.Write(x.buf[:8])
		for len(s) > 0 {
			n := copy(x.buf[:], s)
			x.h.Write(x.buf[:n])
			s = s[n:]
		}
	}
}

// identifier returns the book's stable urn:uuid (version 5) for a content
// hash.
func identifier(sum [32]byte) string {
	return "urn:uuid:" + uuid.NewV5(namespace, string(sum[:])).String()
}
