package vn.laichau.thidua.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What this node knows the SMTP server accepted and the database does not know yet: the outbox ids between the
 * server's acceptance and the mark "sent", in memory and in an append-only file of this node
 * ({@code thidua.notification.dispatch.journal}).
 *
 * <p>Why: the mark is a database write, and the database can be away (an outage) or the node can die (kill -9) right
 * after the server said yes. In memory, the id keeps the node from handing the mail over again while the database is
 * away; in the file, written before the mark is tried, it survives the process: the node replays the file when it
 * starts and marks those mails sent instead of sending them again. The line is written with one {@code write} call and
 * no {@code fsync}: the operating system keeps it when the process is killed, not when the machine loses power. What
 * is left is the instant between the server's "250 OK" and that write: a node killed there sends the mail again, under
 * the same Message-ID. The file is emptied once everything in it is marked in the database.
 *
 * <p>An empty path keeps the knowledge in memory only (the tests, whose contexts share one working directory).
 */
@Component
public class AcceptedMailJournal {

  private static final Logger LOG = LoggerFactory.getLogger(AcceptedMailJournal.class);
  /** Emptied once it has grown this much and everything in it is marked. */
  private static final long COMPACT_AT = 64 * 1024;

  private final Path file;
  private final Set<String> unmarked = new HashSet<>();
  private FileChannel channel;

  public AcceptedMailJournal(DispatchProperties properties) {
    this.file = properties.journal() == null || properties.journal().isBlank() ? null : Path.of(properties.journal());
  }

  /** Reads what an earlier run of this node noted and did not mark; they are marked before anything is sent. */
  public synchronized Set<String> replay() {
    if (file != null && channel == null) {
      try {
        if (Files.exists(file)) {
          List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
          lines.stream().map(String::trim).filter(line -> !line.isEmpty()).forEach(unmarked::add);
          if (!unmarked.isEmpty()) {
            LOG.info("Sổ thư đã gửi {}: {} thư máy chủ thư đã nhận trước khi nút dừng, sẽ ghi là đã gửi, không gửi lại",
                file, unmarked.size());
          }
        } else if (file.getParent() != null) {
          Files.createDirectories(file.getParent());
        }
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
            StandardOpenOption.APPEND);
      } catch (IOException e) {
        throw new UncheckedIOException("Không mở được sổ thư đã gửi " + file, e);
      }
    }
    return Set.copyOf(unmarked);
  }

  /** The SMTP server accepted this mail: noted before the database is told. */
  public synchronized void accepted(String outboxId) {
    if (channel != null) {
      try {
        ByteBuffer line = ByteBuffer.wrap((outboxId + "\n").getBytes(StandardCharsets.US_ASCII));
        while (line.hasRemaining()) {
          channel.write(line);
        }
      } catch (IOException e) {
        // the mail is out: memory still keeps it from a second hand-over while this process lives
        LOG.error("Không ghi được thư {} vào sổ thư đã gửi {}: {}", outboxId, file, e.getMessage());
      }
    }
    unmarked.add(outboxId);
  }

  public synchronized boolean isAccepted(String outboxId) {
    return unmarked.contains(outboxId);
  }

  /** Accepted and not yet marked in the database. */
  public synchronized Set<String> unmarked() {
    return Set.copyOf(unmarked);
  }

  /** These are marked sent in the database now; the file is emptied when nothing else waits for its mark. */
  public synchronized void marked(Iterable<String> outboxIds) {
    outboxIds.forEach(unmarked::remove);
    if (channel != null && unmarked.isEmpty()) {
      try {
        if (channel.size() > COMPACT_AT) {
          channel.truncate(0);
        }
      } catch (IOException e) {
        LOG.warn("Không làm gọn được sổ thư đã gửi {}: {}", file, e.getMessage());
      }
    }
  }

  /** Empties the file at a clean stop, once everything in it is marked. */
  public synchronized void close() {
    if (channel != null) {
      try {
        if (unmarked.isEmpty()) {
          channel.truncate(0);
        }
        channel.close();
      } catch (IOException e) {
        LOG.warn("Không đóng được sổ thư đã gửi {}: {}", file, e.getMessage());
      }
      channel = null;
    }
  }
}
