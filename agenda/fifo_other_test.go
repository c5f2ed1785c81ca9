//go:build !unix

package agenda

import "testing"

func fifo(*testing.T) string { return "" }
