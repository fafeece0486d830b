package pdf

import (
	"encoding/binary"
	"math/bits"
)

// cidToGIDZlib appends to dst the CIDToGIDMap of a font, compressed: two
// bytes, the glyph, for every code from 0 to FFFF, gids[i] for runes[i]
// (sorted, in the BMP), zero for the rest. The map is 128 KB of zeros but
// for a few hundred codes, so it is written straight from the pairs, never
// made: a zlib stream of one deflate block with the fixed Huffman codes,
// each run of zeros a literal zero and copies of the byte before it
// (distance 1), the Adler-32 summed from the bytes that are not zero. A
// general compressor spends a tenth of a one-page document's time
// searching the 128 KB for matches.
func cidToGIDZlib(dst []byte, runes []rune, gids []uint16) []byte {
	z := sparseZ{w: bitWriter{b: append(dst, 0x78, 0x01)}, n: 2 << 16} // deflate, 32 KB window, fastest
	z.w.put(1, 1)                                                      // final block
	z.w.put(1, 2)                                                      // fixed Huffman codes
	for i, r := range runes {
		if r < 0 || r > 0xFFFF || gids[i] == 0 {
			continue
		}
		z.zeros(2*int(r) - z.pos)
		z.byte(byte(gids[i] >> 8))
		z.byte(byte(gids[i]))
	}
	z.zeros(z.n - z.pos)
	return z.finish()
}

// sparseZ writes a zlib stream of n bytes, mostly zeros, as they come.
type sparseZ struct {
	w        bitWriter
	n, pos   int    // bytes in all, bytes so far
	zero     bool   // the last byte written is a zero: copies can start
	sum, acc uint64 // Adler-32's sums, less the parts the zeros add
}

const adlerMod = 65521

// byte writes c.
func (z *sparseZ) byte(c byte) {
	if c == 0 {
		z.zeros(1)
		return
	}
	z.w.literal(c)
	z.sum = (z.sum + uint64(c)) % adlerMod
	z.acc = (z.acc + uint64(c)*uint64(z.n-z.pos)) % adlerMod
	z.pos++
	z.zero = false
}

// zeros writes n zeros.
func (z *sparseZ) zeros(n int) {
	if n <= 0 {
		return
	}
	z.pos += n
	if !z.zero {
		z.w.literal(0)
		z.zero = true
		n--
	}
	for n >= 3 {
		l := min(n, 258)
		if n-l > 0 && n-l < 3 {
			l = n - 3 // leave a rest long enough to copy
		}
		z.w.copy1(l)
		n -= l
	}
	for ; n > 0; n-- {
		z.w.literal(0)
	}
}

// finish ends the block and appends the Adler-32 of the n bytes: A is one
// plus their sum, B the sum of A after each byte, which is n plus each
// byte times the number of bytes from it to the end.
func (z *sparseZ) finish() []byte {
	z.w.code(0, 7) // end of block (256)
	b := z.w.flush()
	a := (1 + z.sum) % adlerMod
	bb := (uint64(z.n) + z.acc) % adlerMod
	return binary.BigEndian.AppendUint32(b, uint32(bb)<<16|uint32(a))
}

// bitWriter writes deflate's bits, least significant first.
type bitWriter struct {
	b    []byte
	acc  uint64
	nacc uint
}

// put writes the n low bits of v.
func (w *bitWriter) put(v uint64, n uint) {
	w.acc |= v << w.nacc
	w.nacc += n
	for w.nacc >= 8 {
		w.b = append(w.b, byte(w.acc))
		w.acc >>= 8
		w.nacc -= 8
	}
}

// code writes a Huffman code of n bits, most significant bit first.
func (w *bitWriter) code(c uint64, n uint) {
	w.put(bits.Reverse64(c)>>(64-n), n)
}

// literal writes byte c with the fixed literal codes.
func (w *bitWriter) literal(c byte) {
	if c < 144 {
		w.code(0x30+uint64(c), 8)
	} else {
		w.code(0x190+uint64(c)-144, 9)
	}
}

// lengthBase and lengthExtra are deflate's length codes 257…285.
var (
	lengthBase  = [29]int{3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258}
	lengthExtra = [29]uint{0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0}
)

// copy1 writes a copy of l bytes (3…258) from distance 1.
func (w *bitWriter) copy1(l int) {
	k := len(lengthBase) - 1
	for lengthBase[k] > l {
		k--
	}
	sym := 257 + k
	if sym < 280 {
		w.code(uint64(sym-256), 7)
	} else {
		w.code(0xC0+uint64(sym-280), 8)
	}
	w.put(uint64(l-lengthBase[k]), lengthExtra[k])
	w.code(0, 5) // distance code 0: distance 1
}

// flush writes the last, partial byte.
func (w *bitWriter) flush() []byte {
	if w.nacc > 0 {
		w.b = append(w.b, byte(w.acc))
		w.acc, w.nacc = 0, 0
	}
	return w.b
}
