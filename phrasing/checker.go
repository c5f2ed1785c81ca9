package phrasing

import (
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"
)

// Checker checks text against a rule set. Build one per rule set and
// roster; Check is safe to call from several goroutines at once.
type Checker struct {
	index map[string][]trigger // word -> what starts at that word
	// maybe is a cheap filter in front of index: bit len&63 of
	// maybe[maybeSlot(w)] is set when some indexed word has w's first and
	// last bytes and length, so most words skip the map lookup.
	maybe    *[maybeSlots]uint64
	regexps  []*rule
	names    map[string]bool
	roles    map[string]bool
	notNames map[string]bool
	allowed  map[string]bool // single allowed words
	allowSeq [][]string      // allowed phrases of several words
	// asked holds each rule's own question, so a finding still asking it
	// can be given one that names its step.
	asked map[string]string
	// offered holds each rule's own suggestion, for a finding whose
	// rewrite cannot be built from the words.
	offered map[string]string
	// hide holds the rules whose findings are left out: those scoped to
	// the meeting, when checking documents.
	hide map[string]bool
}

// trigger is one thing to try when its word is seen: a phrase whose anchor
// word it is, or a detector that starts there.
type trigger struct {
	r      *rule
	phrase *cphrase
}

// NewChecker compiles r (nil for DefaultRules) for checking. names are the
// attendees, recognised as people whatever else the rules say.
func NewChecker(r *Rules, names []string) *Checker {
	if r == nil {
		r = DefaultRules()
	}
	c := &Checker{index: map[string][]trigger{}, names: set(r.people...), roles: set(r.roles...),
		notNames: set(r.notNames...), allowed: map[string]bool{}, asked: map[string]string{},
		offered: map[string]string{}, hide: r.hidden()}
	for _, n := range names {
		for _, part := range strings.Fields(n) {
			c.names[strings.ToLower(strings.Trim(part, ",;@"))] = true
		}
	}
	for _, a := range r.allow {
		words := strings.Fields(normWord(a))
		if len(words) == 1 {
			c.allowed[words[0]] = true
		} else if len(words) > 1 {
			c.allowSeq = append(c.allowSeq, words)
		}
	}
	for _, x := range r.rules {
		c.asked[x.ID] = x.Question
		c.offered[x.ID] = x.Suggestion
		switch x.Detector {
		case "phrase":
			for _, cp := range x.compiled {
				for _, w := range cp.elems[cp.anchor].words {
					c.index[w] = append(c.index[w], trigger{r: x, phrase: cp})
				}
			}
		case "regexp":
			c.regexps = append(c.regexps, x)
		default:
			for _, w := range detectors[x.Detector].triggers {
				c.index[w] = append(c.index[w], trigger{r: x})
			}
		}
	}
	c.maybe = new([maybeSlots]uint64)
	for w := range c.index {
		c.maybe[maybeSlot(w)] |= 1 << (len(w) & 63)
	}
	return c
}

// maybeSlots is the size of Checker.maybe: a slot per first and last byte
// pair, folded, so the filter stays small enough to sit in cache.
const maybeSlots = 4096

// maybeSlot folds w's first and last bytes into a slot of Checker.maybe.
func maybeSlot(w string) int {
	return (int(w[0])<<5 ^ int(w[len(w)-1])) & (maybeSlots - 1)
}

// normWord lower-cases a rule word and straightens curly apostrophes, the
// same way the tokenizer treats the text.
func normWord(s string) string {
	return strings.ReplaceAll(strings.ToLower(s), "’", "'")
}

// docPool recycles token buffers between checks: the meeting checks the
// note on every keystroke, and the buffers are the bulk of the garbage.
var docPool = sync.Pool{New: func() any { return &doc{} }}

// Check returns the findings in text, sorted by offset.
func (c *Checker) Check(text string) []Finding {
	out, _ := c.check(text)
	return out
}

// CheckInto is Check returning the findings in buf's storage, overwriting
// what buf held: `debrief lint` checks segment after segment into one
// slice rather than growing a new one for each.
func (c *Checker) CheckInto(buf []Finding, text string) []Finding {
	out, _ := c.checkInto(buf[:0], text, nil)
	if out == nil {
		return buf[:0] // kept for the next text
	}
	return out
}

// CheckSections is CheckInto that also returns the headings in effect at
// the end of text, as HeadingChain would, reusing chain's storage: `debrief
// lint` checks a segment after the headings the last one ended under, and
// reads them off the lines the check has already classified.
func (c *Checker) CheckSections(buf []Finding, text string, chain []string) ([]Finding, []string) {
	out, _ := c.checkInto(buf[:0], text, &chain)
	if out == nil {
		out = buf[:0]
	}
	return out, chain
}

// check returns the findings and how many steps the scans after
// tokenizing took.
func (c *Checker) check(text string) ([]Finding, int) { return c.checkInto(nil, text, nil) }

// checkInto is check appending to out, which must be empty; when chain is
// not nil it is set to the headings in effect at the end of text.
func (c *Checker) checkInto(out []Finding, text string, chain *[]string) ([]Finding, int) {
	if text == "" {
		return nil, 0
	}
	d := docPool.Get().(*doc)
	defer docPool.Put(d)
	if chain != nil {
		defer func() { *chain = docChain(d, (*chain)[:0]) }()
	}
	d.tokenize(text)
	for i := range d.toks {
		w := d.toks[i].word
		if c.maybe[maybeSlot(w)]&(1<<(len(w)&63)) == 0 {
			continue
		}
		trs, ok := c.index[w]
		if !ok {
			continue
		}
		for _, tr := range trs {
			if tr.phrase != nil {
				c.matchPhrase(d, i, tr.phrase, &out)
			} else {
				detectors[tr.r.Detector].run(c, d, i, tr.r, &out)
			}
		}
	}
	for _, r := range c.regexps {
		c.matchRegexp(d, r, &out)
	}
	out = c.finish(d, out)
	if unsafe.StringData(d.lower) != unsafe.StringData(text) {
		// The pooled doc's lower-case bytes are rewritten by the next check.
		Detach(out, d.lower)
	}
	return out, d.steps + len(d.toks)
}

// Detach copies every string of fs that shares memory with buf, so the
// findings stay right after buf's bytes are reused for other text.
// `debrief lint` checks each segment in one reused buffer.
func Detach(fs []Finding, buf string) {
	if len(buf) == 0 {
		return
	}
	lo := uintptr(unsafe.Pointer(unsafe.StringData(buf)))
	hi := lo + uintptr(len(buf))
	own := func(s *string) {
		if p := uintptr(unsafe.Pointer(unsafe.StringData(*s))); len(*s) > 0 && p >= lo && p < hi {
			*s = strings.Clone(*s)
		}
	}
	for i := range fs {
		f := &fs[i]
		for _, s := range []*string{&f.Rule, &f.Category, &f.Message, &f.Suggestion,
			&f.Question, &f.Match, &f.Replacement} {
			own(s)
		}
	}
}

// finding builds a finding over tokens [a, b).
func (c *Checker) finding(d *doc, r *rule, a, b int) Finding {
	// Detectors look a word or two ahead; never past the text.
	b = max(min(b, len(d.toks)), a+1)
	s, e := d.toks[a].start, d.toks[b-1].end
	if d.toks[a].handle {
		s-- // the flag covers the whole @handle
	}
	return Finding{Rule: r.ID, Category: r.Category, Severity: r.Severity, Message: r.Message,
		Suggestion: r.Suggestion, Question: r.Question, Offset: s, Length: e - s}
}

// addAsking appends the finding over tokens [a, b) with its question for
// the room, when a detector found one (a >= 0 and b > a).
func (c *Checker) addAsking(d *doc, r *rule, a, b int, q string, out *[]Finding) {
	if a < 0 || b <= a {
		return
	}
	f := c.finding(d, r, a, b)
	f.Question = q
	*out = append(*out, f)
}

// finish drops allowed and duplicate findings and words in context
// (quotations, headings, milestones, hedges), and
// fills in lines, columns and matched text.
func (c *Checker) finish(d *doc, out []Finding) []Finding {
	if len(out) == 0 {
		return nil
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Offset != out[j].Offset {
			return out[i].Offset < out[j].Offset
		}
		return out[i].Length > out[j].Length
	})
	kept := out[:0]
	k := 0 // the first token ending past the finding's start: findings are in offset order
	for _, f := range out {
		for k < len(d.toks) && d.toks[k].end <= f.Offset {
			k++
		}
		if c.isAllowed(d, f) || containedIn(kept, f) {
			continue
		}
		if inContext(d, k, &f) || k < len(d.toks) && c.systemContext(d, k, &f) {
			continue
		}
		if k < len(d.toks) && stepRule(f.Rule) {
			if q := stepQuestion(d, k, &f, f.Question == c.asked[f.Rule]); q != "" {
				f.Question = q
			}
		}
		if k < len(d.toks) {
			c.unholed(d, k, &f)
		}
		c.uncontrolled(d, &f)
		kept = append(kept, f)
	}
	kept = dropHidden(dropBySection(d, kept), c.hide)
	d.steps += locate(d.text, kept)
	return kept
}

// Locate fills in Line, Column, EndColumn and Match of findings sorted by
// Offset, in one pass over text however many findings share a line: a long
// paragraph with no line breaks costs no more per finding than a short one.
// Columns count runes. `debrief lint` checks masked Markdown and can use it
// to place findings against the original text.
func Locate(text string, fs []Finding) { locate(text, fs) }

// locate is Locate, returning the bytes it stepped over.
func locate(text string, fs []Finding) (steps int) {
	line, pos, col := 1, 0, 1
	for i := range fs {
		f := &fs[i]
		if f.Offset < pos || f.Offset+f.Length > len(text) {
			continue // not sorted, or not this text: leave it as it is
		}
		// Count the line breaks with the library's vector search, then the
		// runes of the last line only: several times faster than a loop
		// over bytes on a long document dense with findings.
		gap := text[pos:f.Offset]
		steps += len(gap)
		if k := strings.LastIndexByte(gap, '\n'); k >= 0 {
			line += strings.Count(gap[:k+1], "\n")
			col = 1
			gap = gap[k+1:]
		}
		col += utf8.RuneCountInString(gap)
		pos = f.Offset
		f.Match = text[f.Offset : f.Offset+f.Length]
		f.Line, f.Column = line, col
		if k := strings.LastIndexByte(f.Match, '\n'); k >= 0 {
			f.EndColumn = utf8.RuneCountInString(f.Match[k+1:]) + 1
		} else {
			f.EndColumn = col + utf8.RuneCountInString(f.Match)
		}
	}
	return steps
}

// containedIn reports whether f repeats a kept finding of its category.
func containedIn(kept []Finding, f Finding) bool {
	for i := len(kept) - 1; i >= 0; i-- {
		k := kept[i]
		if k.Offset+k.Length <= f.Offset {
			if f.Offset-k.Offset > 400 {
				break
			}
			continue
		}
		if (k.Category == f.Category || k.Rule == f.Rule) && f.Offset+f.Length <= k.Offset+k.Length {
			return true
		}
	}
	return false
}

// isAllowed reports whether the finding covers a word or phrase the team
// has said must never be flagged.
func (c *Checker) isAllowed(d *doc, f Finding) bool {
	if len(c.allowed) == 0 && len(c.allowSeq) == 0 {
		return false
	}
	i := sort.Search(len(d.toks), func(i int) bool { return d.toks[i].end > f.Offset })
	end := f.Offset + f.Length
	for k := i; k < len(d.toks) && d.toks[k].start < end; k++ {
		if c.allowed[d.toks[k].word] {
			return true
		}
		for _, seq := range c.allowSeq {
			n := 0
			for n < len(seq) && k+n < len(d.toks) && d.toks[k+n].word == seq[n] {
				n++
			}
			if n == len(seq) {
				return true
			}
		}
	}
	return false
}

// matchRegexp runs a team's regexp rule, after its cheap keyword filter.
func (c *Checker) matchRegexp(d *doc, r *rule, out *[]Finding) {
	if len(r.Keywords) > 0 {
		hit := false
		for _, k := range r.Keywords {
			if strings.Contains(d.lower, k) {
				hit = true
				break
			}
		}
		if !hit {
			return
		}
	}
	for _, m := range r.re.FindAllStringIndex(d.text, -1) {
		if m[1] == m[0] {
			continue
		}
		f := Finding{Rule: r.ID, Category: r.Category, Severity: r.Severity, Message: r.Message,
			Suggestion: r.Suggestion, Question: r.Question, Offset: m[0], Length: m[1] - m[0]}
		if r.HasReplace {
			if rep := r.re.ReplaceAllString(d.text[m[0]:m[1]], r.Replace); rep != "" && utf8.ValidString(rep) {
				f.Replacement, f.ReplaceOffset, f.ReplaceLength = rep, m[0], m[1]-m[0]
			}
		}
		*out = append(*out, f)
	}
}
