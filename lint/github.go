package lint

import (
	"bufio"
	"strconv"
	"strings"

	"github.com/debrief-dev/debrief/phrasing"
)

// githubWriter prints GitHub Actions workflow commands, one per finding,
// which GitHub shows as annotations on the pull request's diff:
//
//	::warning file=F,line=L,endLine=L,col=C,endColumn=C,title=T::message
//
// A warning is a warning annotation; a suggestion is a notice.
type githubWriter struct {
	w   *bufio.Writer
	buf []byte
}

func (g *githubWriter) Write(r Result) error {
	b := g.buf[:0]
	if r.Severity == phrasing.Warning {
		b = append(b, "::warning "...)
	} else {
		b = append(b, "::notice "...)
	}
	b = append(b, "file="...)
	b = appendProperty(b, r.File)
	b = append(b, ",line="...)
	b = strconv.AppendInt(b, int64(r.Line), 10)
	b = append(b, ",endLine="...)
	b = strconv.AppendInt(b, int64(r.EndLine), 10)
	b = append(b, ",col="...)
	b = strconv.AppendInt(b, int64(r.Column), 10)
	b = append(b, ",endColumn="...)
	b = strconv.AppendInt(b, int64(r.EndColumn), 10)
	b = append(b, ",title="...)
	b = appendProperty(b, "debrief "+r.Rule+" ("+r.Category+")")
	b = append(b, "::"...)
	msg := "\"" + r.Match + "\": " + r.Message
	if r.Suggestion != "" {
		msg += " Suggestion: " + r.Suggestion
	}
	b = appendData(b, msg)
	b = append(b, '\n')
	g.buf = b
	_, err := g.w.Write(b)
	return err
}

func (g *githubWriter) Close() error { return g.w.Flush() }

// Workflow commands read %, CR and LF as escapes in the message, and also
// : and , in a property; the text is made terminal-safe first, since the
// job log is shown in a terminal too.
var (
	dataEscaper     = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	propertyEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

func appendData(b []byte, s string) []byte {
	return append(b, dataEscaper.Replace(Escape(s))...)
}

func appendProperty(b []byte, s string) []byte {
	return append(b, propertyEscaper.Replace(Escape(s))...)
}
