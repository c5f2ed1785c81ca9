package phrasing

// A template's instructions to its writer are not the writer's words:
// "*Note the final root cause and describe what needs to change to prevent
// it*" under a heading is the form asking, and stays in a postmortem whose
// author never touched it.

// promptVerbs open an instruction to whoever fills in a template.
var promptVerbs = set("note", "describe", "list", "explain", "summarise", "summarize", "include",
	"add", "write", "give", "outline", "document", "provide", "state", "detail", "fill",
	"replace", "insert", "enumerate", "identify", "record", "mention", "capture")

// templatePrompt reports whether the finding at token k is in a sentence
// that opens a line in italics with an instruction: "*Note the final root
// cause ...*", "_Describe why the alert was missed._". A statement in
// italics ("*The root cause was the config push.*") is the author's.
func templatePrompt(d *doc, k int) bool {
	first := d.sentOf(k).first
	w := &d.toks[first]
	if !w.cap || !promptVerbs[w.word] {
		return false
	}
	i := w.start - 1
	for i >= 0 && d.text[i] == ' ' {
		i--
	}
	if i < 0 || d.text[i] != '*' && d.text[i] != '_' {
		return false
	}
	if i > 0 && d.text[i-1] == d.text[i] {
		return false // bold: a label, not the form's aside
	}
	j := i - 1
	for j >= 0 && (d.text[j] == ' ' || d.text[j] == '\t') {
		j--
	}
	return j < 0 || d.text[j] == '\n'
}
