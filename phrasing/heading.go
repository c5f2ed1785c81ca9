package phrasing

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Headings that do not start with "#": real postmortems mark sections in
// many ways, and words in a section's name do not judge anyone. Each check
// reads a bounded stretch of the line (and of the next one), so classifying
// every line of a long document stays linear.

// maxHeading bounds the bytes of a line read as a possible heading; a
// longer line is prose.
const maxHeading = 160

// lineAt returns the line starting at i without its line break, or ok
// false when it is longer than maxHeading.
func lineAt(s string, i int) (line string, next int, ok bool) {
	end := min(len(s), i+maxHeading+1)
	if k := strings.IndexByte(s[i:end], '\n'); k >= 0 {
		return trimSpaceRight(s[i : i+k]), i + k + 1, true
	}
	if end < len(s) {
		return "", 0, false
	}
	return trimSpaceRight(s[i:]), len(s), true
}

// trimSpaceRight drops trailing spaces, tabs and carriage returns; every
// line is read this way, so it avoids building a cutset each time.
func trimSpaceRight(s string) string {
	for len(s) > 0 && (s[len(s)-1] == ' ' || s[len(s)-1] == '\t' || s[len(s)-1] == '\r') {
		s = s[:len(s)-1]
	}
	return s
}

// headingShape reports whether the line starting at i (after its indent)
// names a section: a table's header row, a line underlined with === or ---
// (as plain-text and Markdown documents do), a line that is all bold or
// italic ("**Root Cause and Resolution:**"), or a short line in Title Case
// or ALL CAPS with no full stop. List items are not headings: "- Poor
// Communication" is a factor in a list.
func headingShape(s string, i int) bool {
	line, next, ok := lineAt(s, i)
	if !ok || line == "" {
		return false
	}
	if line[0] == '|' {
		under, _, ok := lineAt(s, next)
		return ok && next < len(s) && tableRule(under)
	}
	if next < len(s) {
		if under, _, ok := lineAt(s, next); ok && underline(under) && shortTitle(line) {
			return true
		}
	}
	if isListStart(line) {
		return false
	}
	if len(line) > 200 {
		// Longer than any title or emphasised label (at most a dozen
		// words): only a changelog's entry line can be this long.
		return releaseEntry(line)
	}
	return emphasised(line) || titleCase(line) || releaseEntry(line)
}

// tableRule reports whether line is a Markdown table's delimiter row:
// "|---|:--:|".
func tableRule(line string) bool {
	line = strings.TrimSpace(line)
	return strings.Contains(line, "-") && strings.Trim(line, "|-: \t") == "" && strings.Contains(line, "|")
}

// underline reports whether line is a setext underline: "=====" or "-----".
func underline(line string) bool {
	line = strings.TrimSpace(line)
	return len(line) >= 2 && (strings.Trim(line, "=") == "" || strings.Trim(line, "-") == "")
}

// isListStart reports whether line starts with a list marker: "- ", "* ",
// "+ ", "1. ", "2) ".
func isListStart(line string) bool {
	if len(line) > 1 && (line[0] == '-' || line[0] == '*' || line[0] == '+') && line[1] == ' ' {
		return true
	}
	j := 0
	for j < len(line) && isDigit(line[j]) {
		j++
	}
	return j > 0 && j+1 < len(line) && (line[j] == '.' || line[j] == ')') && line[j+1] == ' '
}

// emphasised reports whether the whole line is bold or italic, with at most
// a colon after it: "**Root cause analysis**", "__Timeline:__", "*Impact*:".
// A bold sentence ("**Do not deploy on Fridays.**") is not a heading.
func emphasised(line string) bool {
	line = strings.TrimSuffix(line, ":")
	for _, m := range []string{"**", "__", "*", "_"} {
		if len(line) > 2*len(m) && strings.HasPrefix(line, m) && strings.HasSuffix(line, m) {
			inner := strings.TrimSpace(line[len(m) : len(line)-len(m)])
			inner = strings.TrimSuffix(inner, ":")
			if inner == "" || strings.Contains(inner, m) {
				return false
			}
			last := inner[len(inner)-1]
			return last != '.' && last != '!' && last != '?' && wordCount(inner) <= 12 &&
				(titleCase(inner) || !hasVerb(inner))
		}
	}
	return false
}

// minorWords stay lower case in Title Case.
var minorWords = set("a", "an", "the", "and", "or", "nor", "but", "of", "for", "to", "in", "on",
	"at", "by", "with", "from", "into", "vs", "via", "per", "as")

// titleCase reports whether line is a short heading in Title Case or ALL
// CAPS with no full stop: "Root Cause and Resolution", "LESSONS LEARNED",
// "What Went Wrong:". It needs two capitalised words, so a one-word note
// is not a heading.
func titleCase(line string) bool {
	line = strings.TrimSuffix(strings.TrimSpace(line), ":")
	if line == "" {
		return false
	}
	if last := line[len(line)-1]; last == '.' || last == '!' || last == '?' || last == ',' || last == ';' {
		return false
	}
	words, capped := 0, 0
	for rest := line; rest != ""; {
		var w string
		if sp := strings.IndexByte(rest, ' '); sp >= 0 {
			w, rest = rest[:sp], rest[sp+1:]
		} else {
			w, rest = rest, ""
		}
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if w == "" {
			continue // "&", "-", an emoji
		}
		if words++; words > 10 {
			return false
		}
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r):
			capped++
		case unicode.IsDigit(r), minorWords[lowerWord(w)]:
		default:
			return false
		}
		if strings.ContainsAny(w, ".") && !unicode.IsDigit(r) {
			return false // "done.Next": not a heading's word
		}
	}
	return words <= 10 && capped >= 2
}

// shortTitle reports whether an underlined line reads as a title rather
// than the last line of a paragraph above a rule: at most twelve words and
// no full stop at its end.
func shortTitle(line string) bool {
	t := strings.TrimRight(line, " \t*_:")
	return t != "" && t[len(t)-1] != '.' && t[len(t)-1] != '!' && len(strings.Fields(t)) <= 12
}

// hasVerb reports whether a bold line reads as a sentence: a verb in the
// past or a modal ("**Bob dropped the ball**", "**We should test more**").
// A name like "**Root cause and resolution**" has none, and a heading that
// asks ("**What went wrong**") is a heading whatever its verb.
func hasVerb(s string) bool {
	// Word by word without splitting into a slice: every bold line of a
	// document comes here, twice under `debrief lint`.
	lower := strings.ToLower(s)
	for i, rest := 0, lower; rest != ""; i++ {
		rest = strings.TrimLeft(rest, " \t")
		if rest == "" {
			break
		}
		w := rest
		if sp := strings.IndexAny(rest, " \t"); sp >= 0 {
			w, rest = rest[:sp], rest[sp:]
		} else {
			rest = ""
		}
		if i == 0 && whWords[w] {
			return false // "**What went wrong**", "**Where we got lucky**"
		}
		w = strings.Trim(w, ",;:()'\"")
		if isParticiple(w) || irregularPast[w] != "" || finiteVerbs[w] || w == "should" || w == "must" ||
			w == "did" || w == "didn't" || w == "do" || w == "does" {
			return true
		}
	}
	return false
}

// lowerWord lower-cases a short ASCII word without allocating when it is
// already lower case, which minor words in a title are.
func lowerWord(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' {
			return strings.ToLower(w)
		}
	}
	return w
}

// sectionLine reports whether line, starting at pos in s, opens a section
// whose name is context for the text below it: a "#" heading or a line
// shaped as one.
func sectionLine(s string, pos int, line string) bool {
	t := strings.TrimLeft(line, " \t")
	return strings.HasPrefix(t, "#") || t != "" && headingShape(s, pos+len(line)-len(t))
}

// minorLevel is the outline level of a heading shaped without "#" or an
// underline (a bold line, a Title Case line, a table's header row): below
// every "#" heading.
const minorLevel = 7

// headingLevel returns the outline level of the heading line starting at
// pos in s: the number of "#"s, 1 or 2 for a line underlined with "=" or
// "-", else minorLevel.
func headingLevel(s string, pos int, line string) int {
	t := strings.TrimLeft(line, " \t")
	if n := len(t) - len(strings.TrimLeft(t, "#")); n > 0 {
		return min(n, minorLevel)
	}
	if next := pos + len(line) + 1; next < len(s) {
		if under, _, ok := lineAt(s, next); ok && underline(under) {
			if strings.TrimSpace(under)[0] == '=' {
				return 1
			}
			return 2
		}
	}
	return minorLevel
}

// HeadingChain returns the headings in effect at the end of text, outermost
// first, given chain, those in effect at its start: each heading replaces
// those at its level and below. Every heading is written as a "#" line of
// its level ("## Fixed"), at most maxChained bytes, so that checking the
// chain before the next segment of a document puts that segment under the
// same sections. It holds at most seven lines, whatever the document's
// length, and the returned lines share no memory with text.
func HeadingChain(chain []string, text string) []string {
	var st chainStack
	st.load(chain)
	for pos := 0; pos < len(text); {
		line := text[pos:]
		nl := strings.IndexByte(line, '\n')
		if nl >= 0 {
			line = line[:nl]
		}
		if sectionLine(text, pos, line) {
			st.push(headingLevel(text, pos, line), line)
		}
		if nl < 0 {
			break
		}
		pos += nl + 1
	}
	return st.out(chain[:0])
}

// docChain is HeadingChain for a tokenized text, starting with no heading:
// the heading lines are those the tokenizer marked, so no line is
// classified twice.
func docChain(d *doc, chain []string) []string {
	var st chainStack
	for ti := range d.toks {
		t := &d.toks[ti]
		if t.line != headingLine || ti > 0 && d.toks[ti-1].line == headingLine &&
			strings.IndexByte(d.text[d.toks[ti-1].end:t.start], '\n') < 0 {
			continue // not the first word of a heading line
		}
		pos, end := lineAround(d.text, t.start)
		st.push(headingLevel(d.text, pos, d.text[pos:end]), d.text[pos:end])
	}
	return st.out(chain)
}

// lineLead returns what stands before token k on its line, list, quote
// and heading markers and a list number left out: "" when k opens the
// line ("- Root cause: X", "## What we did wrong").
func lineLead(d *doc, k int) string {
	lo, _ := lineAround(d.text, d.toks[k].start)
	return strings.TrimLeft(d.text[lo:d.toks[k].start], " \t-*+#>|_•0123456789.")
}

// labelBreak reports whether gap, the text between a label and what
// follows it on its line, is a colon or a dash: "Root cause: X", "Better
// testing - X", "Cause — X".
func labelBreak(gap string) bool {
	return strings.ContainsRune(gap, ':') || strings.Contains(gap, " - ") || strings.ContainsAny(gap, "—–")
}

// lineAround returns the bounds of the line holding byte i, reading at
// most maxHeading bytes each way.
func lineAround(s string, i int) (start, end int) {
	start = i
	for n := 0; start > 0 && s[start-1] != '\n' && n < maxHeading; n++ {
		start--
	}
	end = min(len(s), start+maxHeading)
	if k := strings.IndexByte(s[start:end], '\n'); k >= 0 {
		end = start + k
	}
	return start, end
}

// chainStack is the headings in effect while a text is read: strictly
// rising levels, so at most minorLevel of them.
type chainStack struct {
	e [minorLevel]struct {
		level int
		name  string // a line of the text until out, then a chain line
		own   bool   // already a chain line
	}
	n int
}

func (st *chainStack) load(chain []string) {
	for _, h := range chain {
		if st.n < len(st.e) {
			st.e[st.n].level, st.e[st.n].name, st.e[st.n].own = chainLevel(h), h, true
			st.n++
		}
	}
}

func (st *chainStack) push(level int, line string) {
	for st.n > 0 && st.e[st.n-1].level >= level {
		st.n--
	}
	if st.n < len(st.e) {
		st.e[st.n].level, st.e[st.n].name, st.e[st.n].own = level, line, false
		st.n++
	}
}

// out appends the chain lines to chain, copying what came from the text.
func (st *chainStack) out(chain []string) []string {
	for _, e := range st.e[:st.n] {
		if !e.own {
			e.name = strings.Repeat("#", e.level) + " " + clip(strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(e.name), "#")))
		}
		chain = append(chain, e.name)
	}
	return chain
}

// maxChained bounds the bytes of a heading's name in a chain.
const maxChained = 240

// clip cuts s to at most maxChained bytes, at a character boundary.
func clip(s string) string {
	if len(s) <= maxChained {
		return s
	}
	cut := maxChained
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut]
}

// chainLevel is the level of a heading line written by HeadingChain.
func chainLevel(h string) int { return len(h) - len(strings.TrimLeft(h, "#")) }

// wordCount counts the words of s separated by spaces or tabs, without
// allocating.
func wordCount(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		space := s[i] == ' ' || s[i] == '\t'
		if !space && !in {
			n++
		}
		in = !space
	}
	return n
}
