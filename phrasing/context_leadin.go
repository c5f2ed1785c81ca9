package phrasing

// leadInWindow bounds how far a never-again's line is read for its colon.
const leadInWindow = 240

// listLeadIn reports whether a never-again is a lead-in to the steps
// listed after it: its line ends with a colon ("To prevent this from
// happening again, we have:", "we took several steps to keep it from
// recurring:"). The steps are named, one per line, below it. A colon
// inside the line ("Next steps: make sure this never happens again") is
// a label, not a lead-in, and the promise stays.
func listLeadIn(d *doc, f *Finding) bool {
	end := f.Offset + f.Length
	limit := min(len(d.text), end+leadInWindow)
	last := byte(0)
	for i := end; i < limit; i++ {
		switch c := d.text[i]; c {
		case '\n':
			return last == ':'
		case ' ', '\t', '\r':
		default:
			last = c
		}
	}
	return limit == len(d.text) && last == ':'
}
