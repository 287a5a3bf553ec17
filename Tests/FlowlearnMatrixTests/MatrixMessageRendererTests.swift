import Testing
@testable import FlowlearnMatrix

@Suite struct MatrixMessageRendererTests {
    @Test func chatMarkdownBecomesHTML() {
        let markdown = """
            **Give feedback that lands** · 7 minutes

            Intro with _emphasis_ and `code`.
            Second line.

            ## Tips
            - **Situation**: say when
            - Read [the guide](https://example.org/guide?a=1&b=2)

            ## Checklist
            - [ ] prepared
            - [x] done

            1. first
            2. second

            > quoted
            """
        let html = MatrixMessageRenderer.html(markdown)
        #expect(html == "<p><strong>Give feedback that lands</strong> · 7 minutes</p>"
                + "<p>Intro with <em>emphasis</em> and <code>code</code>.<br>Second line.</p>"
                + "<h3>Tips</h3><ul><li><strong>Situation</strong>: say when</li>"
                + "<li>Read <a href=\"https://example.org/guide?a=1&amp;b=2\">the guide</a></li></ul>"
                + "<h3>Checklist</h3><ul><li>☐ prepared</li><li>☑ done</li></ul>"
                + "<ol><li>first</li><li>second</li></ol>"
                + "<blockquote>quoted</blockquote>")
    }

    @Test func textIsEscapedAndOnlySafeLinksAreEmitted() {
        let html = MatrixMessageRenderer.html("<script>alert(1)</script> & [x](javascript:alert(1)) \"q\"")
        #expect(html == "<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; [x](javascript:alert(1)) \"q\"</p>")
        // A quote ends a link: it can never break out of the href attribute.
        #expect(MatrixMessageRenderer.html("[x](https://a.org/\"onmouseover=\"y)")
                == "<p>[x](<a href=\"https://a.org/\">https://a.org/</a>\"onmouseover=\"y)</p>")
        #expect(MatrixMessageRenderer.html("see https://example.org/a.") == "<p>see <a href=\"https://example.org/a\">https://example.org/a</a>.</p>")
    }

    @Test func snakeCaseAndLoneMarkersStayText() {
        #expect(MatrixMessageRenderer.html("a snake_case_name and 2 * 3 and a_b") == "<p>a snake_case_name and 2 * 3 and a_b</p>")
        #expect(MatrixMessageRenderer.html("**not closed") == "<p>**not closed</p>")
        #expect(MatrixMessageRenderer.html("#hashtag") == "<p>#hashtag</p>")
    }

    @Test func atRoomNeverPingsTheRoom() {
        let (body, html) = MatrixMessageRenderer.render("Tell @room and @ROOM about it, not @roomba")
        #expect(!body.contains("@room") && !body.lowercased().contains("@room"))
        #expect(body.contains("@\u{2060}room") && body.contains("@\u{2060}ROOM"))
        #expect(!html.lowercased().contains("@room"))
        #expect(MentionSafety.neutralised("no mention here") == "no mention here")
    }
}
