package nl.klantarena.session;

import java.util.List;

/** A theme of round 1, with the facilitator's questions, statements (stellingen) and keywords. */
public record Theme(
    String id,
    String title,
    List<String> questions,
    List<String> statements,
    List<String> keywords,
    Origin at) {
  public Theme {
    id = id == null ? "" : id;
    title = title == null ? "" : title;
    questions = List.copyOf(questions);
    statements = List.copyOf(statements);
    keywords = List.copyOf(keywords);
  }

  /** The title, or the id when there is no title. */
  public String label() {
    return title.isEmpty() ? id : title;
  }
}
