package lint

import (
	"bytes"
	"io"
	"unicode/utf8"
)

// A document is read and checked in segments, so memory stays flat however
// long the input is, an endless stream included. Segments end at blank
// lines, where a sentence and a quotation always end, so they are checked
// exactly as the whole text would be; a paragraph longer than paraCap is
// cut at its last sentence end before the cap (else a line end, a space, a
// character boundary), which bounds what the checker is handed at once.
const (
	batch    = 32 << 10 // a segment runs to the first blank line past this
	paraCap  = 8 << 10  // the most of one paragraph in one segment
	readSize = 64 << 10
	bufSize  = batch + paraCap + readSize
)

// segmenter cuts a reader into segments.
type segmenter struct {
	r         io.Reader
	buf       []byte
	n         int  // bytes of buf in use
	drop      int  // bytes of the segment last returned, dropped on the next call
	scanned   int  // buf[:scanned] has been searched for blank lines
	lastBlank int  // just past the last blank line in buf[:scanned], or 0
	short     bool // the last read returned less than asked: a pipe with no more yet
	eof       bool
	err       error
}

func newSegmenter(r io.Reader) *segmenter {
	return &segmenter{r: r, buf: make([]byte, bufSize)}
}

// next returns the next segment, valid until the following call, or nil
// and the read error (nil at the end of the input).
func (s *segmenter) next() ([]byte, error) {
	if s.drop > 0 {
		s.n = copy(s.buf, s.buf[s.drop:s.n])
		s.scanned = max(0, s.scanned-s.drop)
		s.lastBlank = max(0, s.lastBlank-s.drop)
		s.drop = 0
	}
	for {
		s.scan()
		if cut := s.cut(); cut > 0 {
			s.drop = cut
			return s.buf[:cut], nil
		}
		if s.eof {
			if s.n == 0 {
				return nil, s.err
			}
			s.drop = s.n
			return s.buf[:s.n], nil
		}
		m, err := s.r.Read(s.buf[s.n:])
		s.short = m < len(s.buf)-s.n
		s.n += m
		if err != nil {
			s.eof = true
			if err != io.EOF {
				s.err = err
			}
		}
	}
}

// scan finds the blank lines among the complete lines read since the last
// scan, stopping at the first one past batch: a segment no longer than it
// must be keeps the checker's token buffers, and so peak memory, small.
func (s *segmenter) scan() {
	b := s.buf[:s.n]
	for s.lastBlank < batch {
		i := bytes.IndexByte(b[s.scanned:], '\n')
		if i < 0 {
			return
		}
		end := s.scanned + i + 1
		if isBlank(b[s.scanned:end]) {
			s.lastBlank = end
		}
		s.scanned = end
	}
}

// cut is where the next segment ends, or 0 to read more first.
func (s *segmenter) cut() int {
	// A stream that has paused (a short read) is checked up to its last
	// blank line at once, so findings follow the text as it arrives.
	if s.lastBlank >= batch || s.short && s.lastBlank > 0 {
		return s.lastBlank
	}
	if start := s.lastBlank; s.n-start > paraCap {
		return start + splitPoint(s.buf[start:start+paraCap])
	}
	return 0
}

// splitPoint is where an overlong paragraph p is cut: after its last
// sentence end, else its last line break or space, else at a character
// boundary. It is never 0.
func splitPoint(p []byte) int {
	for i := len(p) - 2; i > 0; i-- {
		if (p[i] == '.' || p[i] == '!' || p[i] == '?') && isSpace(p[i+1]) {
			return i + 2
		}
	}
	if i := bytes.LastIndexByte(p, '\n'); i >= 0 {
		return i + 1
	}
	if i := bytes.LastIndexAny(p, " \t"); i >= 0 {
		return i + 1
	}
	j := len(p) - 1
	for j > 0 && len(p)-j < utf8.UTFMax && !utf8.RuneStart(p[j]) {
		j--
	}
	if j > 0 && !utf8.FullRune(p[j:]) {
		return j
	}
	return len(p)
}

func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// isBlank reports whether a line holds only spaces, tabs and its line end.
func isBlank(line []byte) bool {
	for _, c := range line {
		if !isSpace(c) {
			return false
		}
	}
	return true
}
