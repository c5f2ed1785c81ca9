package phrasing

// A never-again asked as a question ("How do we make sure this never
// happens again?", "So what will we do to keep it from happening again?")
// promises nothing: the writer is opening the part of the postmortem that
// names the guards, or asking the meeting to name them. The rule exists to
// turn an unverifiable promise into a named change; a question already
// asks for that change. This is a frame of grammar (the sentence closes
// with a question mark), not a wording.

// remedyAsked reports whether the never-again at token k sits in a sentence
// that is a question.
func remedyAsked(d *doc, k int) bool {
	return d.sentOf(k).question
}
