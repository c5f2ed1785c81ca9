package lint

import (
	"bytes"
	"path/filepath"
	"strings"
	"unsafe"
)

// Mask blanks out the parts of a Markdown document that are not prose, so
// the checker never flags code, URLs or markup: YAML front matter, fenced
// and indented code blocks, inline code, URLs and link targets, HTML
// comments and tags. Masked bytes become spaces and newlines are kept, so
// every byte offset and line number still points into the original.
func Mask(src string) string {
	if src == "" {
		return src
	}
	b := []byte(src)
	var m masker
	m.mask(b, false)
	// b is private to this call and never written again: share it.
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// masker masks a document one segment at a time: what a block or comment
// left open at the end of one segment carries into the next.
type masker struct {
	b []byte // the segment being masked

	started    bool   // the first line (which may open front matter) is behind us
	fence      string // the fence that opened the current code block
	prevBlank  bool
	prevCode   bool
	inList     bool
	lineMasked bool // the line a segment ended inside was masked as a block
	midLine    bool // the next segment starts inside a line
	inComment  bool // an HTML comment is open
	comment    []byte
	dirs       []directive // directives found in this segment
	// plain reads a plain-text document: an indented line is prose
	// there (a wrapped paragraph, a quoted mail, a list), not code.
	plain bool
}

// mask blanks the non-prose parts of b in place. midLine says b starts
// inside a line the previous segment began.
func (m *masker) mask(b []byte, midLine bool) {
	m.b = b
	m.dirs = m.dirs[:0]
	if !m.started {
		m.started, m.prevBlank = true, true
		m.frontMatter()
	}
	m.blocks(midLine)
	m.inline()
}

// blank turns b[s:e] into spaces, keeping line breaks.
func (m *masker) blank(s, e int) {
	for i := s; i < e && i < len(m.b); i++ {
		if m.b[i] != '\n' && m.b[i] != '\r' {
			m.b[i] = ' '
		}
	}
}

func (m *masker) lineEnd(p int) int {
	if i := bytes.IndexByte(m.b[p:], '\n'); i >= 0 {
		return p + i + 1
	}
	return len(m.b)
}

// frontMatter masks "---" on the first line up to the next "---" or "...",
// when both are in the first segment.
func (m *masker) frontMatter() {
	b := m.b
	if trimEOL(b[:m.lineEnd(0)]) != "---" {
		return
	}
	for p := m.lineEnd(0); p < len(b); {
		e := m.lineEnd(p)
		if l := trimEOL(b[p:e]); l == "---" || l == "..." {
			m.blank(0, e)
			// The lines after it are classified as usual; front matter
			// is blanked, so the masks agree.
			return
		}
		p = e
	}
}

// blocks masks code blocks, line by line.
func (m *masker) blocks(midLine bool) {
	b := m.b
	pos := 0
	if midLine {
		// The rest of a line cut in two belongs to that line's block.
		e := m.lineEnd(0)
		if m.lineMasked {
			m.blank(0, e)
		}
		pos = e
	}
	for pos < len(b) {
		e := m.lineEnd(pos)
		masked := m.line(pos, e)
		m.lineMasked = masked
		pos = e
	}
}

// PlainText reports whether a file of this name is read as plain text
// rather than Markdown: .txt and .text files, where indentation is layout
// (status pages and mailing-list posts indent whole paragraphs), not code.
func PlainText(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return ext == ".txt" || ext == ".text"
}

// line classifies the line b[pos:e] and masks it when it is code; it
// reports whether it did.
func (m *masker) line(pos, e int) bool {
	line := trimEOL(m.b[pos:e])
	trimmed := strings.TrimLeft(line, " \t")
	indent := indentWidth(line)
	switch {
	case m.fence != "":
		// line shares the segment's bytes: read it before blanking them.
		if strings.HasPrefix(trimmed, m.fence) && strings.Trim(trimmed, m.fence[:1]+" \t") == "" {
			m.fence = ""
		}
		m.blank(pos, e)
		m.prevBlank, m.prevCode = false, false
		return true
	case indent < 4 && isFenceOpener(trimmed):
		n := 0
		for n < len(trimmed) && trimmed[n] == trimmed[0] {
			n++
		}
		m.fence = strings.Clone(trimmed[:n]) // outlives the segment's bytes
		m.blank(pos, e)
		m.prevBlank, m.prevCode = false, false
		return true
	case trimmed == "":
		m.prevBlank = true
		return false
	case indent >= 4 && (m.prevBlank || m.prevCode) && !m.inList && !m.plain:
		m.blank(pos, e)
		m.prevCode, m.prevBlank = true, false
		return true
	}
	if isListItem(trimmed) {
		m.inList = true
	} else if indent == 0 && m.prevBlank {
		m.inList = false
	}
	m.prevBlank, m.prevCode = false, false
	return false
}

// maxComment bounds how much of an open HTML comment is kept to read a
// directive from: directives are short, comments may not be.
const maxComment = 1024

// inlineStarts are the bytes inline masking looks at: a code span's tick,
// a tag or comment, the first letter of a URL, a link target's bracket.
var inlineStarts = func() (t [256]bool) {
	for _, c := range []byte("`<hHfwWm]") {
		t[c] = true
	}
	return t
}()

// inline masks inline code, HTML comments and tags, and URLs, and collects
// the debrief directives in comments.
func (m *masker) inline() {
	b := m.b
	i := 0
	if m.inComment {
		i = m.commentFrom(0, 0)
	}
	for ; i < len(b); i++ {
		c := b[i]
		if !inlineStarts[c] {
			continue // most bytes: one table read
		}
		switch {
		case c == '`':
			n := 1
			for i+n < len(b) && b[i+n] == '`' {
				n++
			}
			if end := closingTicks(b, i+n, n); end > 0 {
				m.blank(i, end)
				i = end - 1
			} else {
				i += n - 1
			}
		case c == '<':
			if hasPrefix(b, i, "<!--") {
				m.inComment, m.comment = true, m.comment[:0]
				i = m.commentFrom(i, i+4) - 1
			} else if end := tagEnd(b, i); end > 0 {
				m.blank(i, end)
				i = end - 1
			}
		case c == 'h' || c == 'H' || c == 'f' || c == 'w' || c == 'W' || c == 'm':
			if i > 0 && isWordByte(b[i-1]) {
				continue
			}
			if hasPrefixFold(b, i, "http://") || hasPrefixFold(b, i, "https://") ||
				hasPrefixFold(b, i, "ftp://") || hasPrefixFold(b, i, "www.") || hasPrefixFold(b, i, "mailto:") {
				end := urlEnd(b, i)
				m.blank(i, end)
				i = end - 1
			}
		case c == ']' && i+1 < len(b) && b[i+1] == '(':
			// A link target: "[text](target)" keeps the text, masks the target.
			if k := bytes.IndexAny(b[i+2:min(len(b), i+2+2048)], ")\n"); k >= 0 && b[i+2+k] == ')' {
				m.blank(i+1, i+2+k+1)
				i = i + 2 + k
			}
		}
	}
}

// commentFrom masks an open comment that started at start (its body at
// body) up to its "-->", and returns the offset just past it, or the end
// of the segment when the comment goes on. A closed comment whose body is a
// directive is recorded at start.
func (m *masker) commentFrom(start, body int) int {
	b := m.b
	end, closed := len(b), false
	if k := bytes.Index(b[body:], []byte("-->")); k >= 0 {
		end, closed = body+k+3, true
	}
	bodyEnd := end
	if closed {
		bodyEnd -= 3
	}
	if room := maxComment - len(m.comment); room > 0 {
		m.comment = append(m.comment, b[body:body+min(room, bodyEnd-body)]...)
	}
	m.blank(start, end)
	if closed {
		m.inComment = false
		if d, ok := parseDirective(m.comment); ok {
			d.offset = start
			m.dirs = append(m.dirs, d)
		}
	}
	return end
}

// closingTicks finds the end of a run of exactly n backticks from p, within
// the paragraph; 0 when there is none (the ticks are then literal).
func closingTicks(b []byte, p, n int) int {
	for i := p; i < len(b); i++ {
		if b[i] == '\n' && i+1 < len(b) && (b[i+1] == '\n' || b[i+1] == '\r') {
			return 0
		}
		if b[i] != '`' {
			continue
		}
		k := 0
		for i+k < len(b) && b[i+k] == '`' {
			k++
		}
		if k == n {
			return i + k
		}
		i += k - 1
	}
	return 0
}

// tagEnd returns the end of an HTML tag or autolink at i on one line, or 0.
func tagEnd(b []byte, i int) int {
	j := i + 1
	if j < len(b) && b[j] == '/' {
		j++
	}
	if j >= len(b) || !(b[j] >= 'a' && b[j] <= 'z' || b[j] >= 'A' && b[j] <= 'Z') {
		return 0
	}
	for k := j; k < len(b) && k < i+1024; k++ {
		switch b[k] {
		case '>':
			return k + 1
		case '\n', '<':
			return 0
		}
	}
	return 0
}

// urlEnd returns the end of a URL starting at i: up to white space or a
// closing bracket, without trailing sentence punctuation.
func urlEnd(b []byte, i int) int {
	j := i
	for j < len(b) {
		c := b[j]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '<' || c == '>' || c == '"' ||
			c == ')' || c == ']' || c == '`' || c == '|' {
			break
		}
		j++
	}
	for j > i && strings.IndexByte(".,;:!?'", b[j-1]) >= 0 {
		j--
	}
	return j
}

// trimEOL returns a line without its line ending. The string shares b's
// bytes, rather than copying every line of the document: it changes when b
// is blanked, and what must outlive b is cloned.
func trimEOL(b []byte) string {
	for len(b) > 0 && (b[len(b)-1] == '\n' || b[len(b)-1] == '\r') {
		b = b[:len(b)-1]
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}

func indentWidth(line string) int {
	w := 0
	for _, c := range []byte(line) {
		switch c {
		case ' ':
			w++
		case '\t':
			w += 4 - w%4
		default:
			return w
		}
	}
	return w
}

// isListItem reports whether a trimmed line starts a list item.
func isListItem(s string) bool {
	if len(s) >= 2 && (s[0] == '-' || s[0] == '*' || s[0] == '+') && s[1] == ' ' {
		return true
	}
	i := 0
	for i < len(s) && i < 9 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i > 0 && i+1 < len(s) && (s[i] == '.' || s[i] == ')') && s[i+1] == ' '
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

func hasPrefix(b []byte, i int, p string) bool {
	return len(b)-i >= len(p) && string(b[i:i+len(p)]) == p
}

func hasPrefixFold(b []byte, i int, p string) bool {
	if len(b)-i < len(p) {
		return false
	}
	for k := 0; k < len(p); k++ {
		c := b[i+k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != p[k] {
			return false
		}
	}
	return true
}

// isFenceOpener says whether a line (indentation removed) opens a fenced
// code block: three or more backticks or tildes, and for backticks an info
// string without a backtick; "```ERROR: pool exhausted```" is a paragraph
// with inline code, not a fence that hides the rest of the document.
func isFenceOpener(trimmed string) bool {
	if !strings.HasPrefix(trimmed, "```") && !strings.HasPrefix(trimmed, "~~~") {
		return false
	}
	if trimmed[0] == '`' {
		return !strings.Contains(strings.TrimLeft(trimmed, "`"), "`")
	}
	return true
}
