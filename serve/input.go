package serve

import "io"

// The input states of inputFilter.
const (
	inGround = iota
	inEscape // after ESC
	inCSI    // ESC [ ... final byte
	inString // OSC, DCS, APC, PM, SOS: until BEL or ESC \
	inStrEsc // ESC inside a string: ST or a new sequence
	inPaste  // between ESC[200~ and ESC[201~
)

var pasteEnd = []byte("\x1b[201~")

// inputFilter bounds what one client's input can make its screen's
// input parser hold: an escape sequence longer than maxSeq keeps its
// start and end but loses its middle, and a bracketed paste keeps its
// first maxPaste bytes. Without it, an endless paste or an escape
// sequence that never ends would grow the parser's buffer, and the
// time spent rescanning it, without bound. Keys, short sequences and
// pastes within the bound pass unchanged.
type inputFilter struct {
	r                io.Reader
	maxSeq, maxPaste int

	state int
	n     int    // bytes in the current sequence or paste
	csi   []byte // the current CSI's parameters, up to 8 bytes
	match int    // bytes of pasteEnd matched inside a paste
	out   []byte // filtered bytes not yet returned
	buf   []byte
}

func newInputFilter(r io.Reader, maxSeq, maxPaste int) *inputFilter {
	return &inputFilter{r: r, maxSeq: maxSeq, maxPaste: maxPaste}
}

// Read returns filtered input, reading more while a read is all
// dropped bytes.
func (f *inputFilter) Read(p []byte) (int, error) {
	for len(f.out) == 0 {
		if cap(f.buf) < len(p) {
			f.buf = make([]byte, len(p))
		}
		n, err := f.r.Read(f.buf[:len(p)])
		for _, b := range f.buf[:n] {
			f.feed(b)
		}
		if err != nil {
			if len(f.out) > 0 {
				break
			}
			return 0, err
		}
	}
	n := copy(p, f.out)
	f.out = f.out[n:]
	return n, nil
}

func (f *inputFilter) keep(b byte) { f.out = append(f.out, b) }

func (f *inputFilter) feed(b byte) {
	switch f.state {
	case inGround:
		f.keep(b)
		if b == 0x1b {
			f.state = inEscape
		}
	case inEscape:
		f.keep(b)
		f.n = 2
		switch b {
		case '[':
			f.state, f.csi = inCSI, f.csi[:0]
		case ']', 'P', '_', '^', 'X':
			f.state = inString
		case 0x1b:
			f.state = inEscape
		default:
			f.state = inGround
		}
	case inCSI:
		f.n++
		final := b >= 0x40 && b <= 0x7e
		if final || f.n <= f.maxSeq {
			f.keep(b)
		}
		if len(f.csi) < 8 {
			f.csi = append(f.csi, b)
		}
		if final {
			f.state = inGround
			if string(f.csi) == "200~" {
				f.state, f.n, f.match = inPaste, 0, 0
			}
		}
	case inString:
		f.n++
		switch {
		case b == 0x07:
			f.keep(b)
			f.state = inGround
		case b == 0x1b:
			f.state = inStrEsc
		case f.n <= f.maxSeq:
			f.keep(b)
		}
	case inStrEsc:
		// ESC \ ends the string; ESC and anything else starts a new
		// sequence, which ends the string as a terminal would.
		f.keep(0x1b)
		f.state = inEscape
		f.feed(b)
	case inPaste:
		f.paste(b)
	}
}

// paste takes one byte of a bracketed paste, watching for its end.
func (f *inputFilter) paste(b byte) {
	switch {
	case b == pasteEnd[f.match]:
		f.match++
	case b == pasteEnd[0]:
		f.match = 1
	default:
		f.match = 0
	}
	f.n++
	if f.n <= f.maxPaste {
		f.keep(b)
	}
	if f.match == len(pasteEnd) {
		if f.n > f.maxPaste {
			f.out = append(f.out, pasteEnd...)
		}
		f.state, f.match = inGround, 0
	}
}
