/** The bare JVM of the benchmark: start, print, exit. */
public class Hello {
  public static void main(String[] args) {
    System.out.println("hello");
  }
}
