package vn.pakn.application.query;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;
import vn.pakn.domain.district.UnitId;
import vn.pakn.domain.petition.Status;
import vn.pakn.domain.roster.PersonId;
import vn.pakn.domain.roster.SectorCode;
import vn.pakn.domain.text.VietnameseText;

/**
 * The inbox filters: status, sector, member, unit, overdue (as of {@code today}), received-date range, free
 * text matched with or without diacritics, and {@code receptionOnly} (petitions passed to the reception
 * team); then a keyset cursor and a page size.
 */
public record PetitionFilter(
    Optional<Status> status,
    Optional<SectorCode> sector,
    Optional<PersonId> assignee,
    Optional<UnitId> unit,
    Optional<Boolean> overdue,
    Optional<LocalDate> receivedFrom,
    Optional<LocalDate> receivedTo,
    Optional<String> text,
    boolean receptionOnly,
    LocalDate today,
    Optional<Cursor> after,
    int limit) {

  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 200;

  public PetitionFilter {
    status = orEmpty(status);
    sector = orEmpty(sector);
    assignee = orEmpty(assignee);
    unit = orEmpty(unit);
    overdue = orEmpty(overdue);
    receivedFrom = orEmpty(receivedFrom);
    receivedTo = orEmpty(receivedTo);
    text = orEmpty(text).map(String::strip).filter(t -> !VietnameseText.fold(t).isEmpty());
    text.ifPresent(t -> checkArgument(t.length() <= 200, "q: chuỗi tìm kiếm dài quá 200 ký tự"));
    checkNotNull(today, "today");
    after = orEmpty(after);
    checkArgument(limit >= 1 && limit <= MAX_LIMIT, "limit: số dòng mỗi trang phải từ 1 đến %s", MAX_LIMIT);
    if (receivedFrom.isPresent() && receivedTo.isPresent()) {
      checkArgument(!receivedTo.get().isBefore(receivedFrom.get()), "receivedTo: ngày kết thúc trước ngày bắt đầu");
    }
  }

  private static <T> Optional<T> orEmpty(Optional<T> value) {
    return value == null ? Optional.empty() : value;
  }

  /** Everything, first page. */
  public static PetitionFilter all(LocalDate today) {
    return new PetitionFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), false, today, Optional.empty(), DEFAULT_LIMIT);
  }

  /** The free text as the store compares it: folded, without diacritics. */
  public Optional<String> foldedText() {
    return text.map(VietnameseText::fold);
  }

  public PetitionFilter withStatus(Status value) {
    return new PetitionFilter(Optional.of(value), sector, assignee, unit, overdue, receivedFrom, receivedTo, text,
        receptionOnly, today, after, limit);
  }

  public PetitionFilter withAssignee(PersonId value) {
    return new PetitionFilter(status, sector, Optional.of(value), unit, overdue, receivedFrom, receivedTo, text,
        receptionOnly, today, after, limit);
  }

  public PetitionFilter withUnit(UnitId value) {
    return new PetitionFilter(status, sector, assignee, Optional.of(value), overdue, receivedFrom, receivedTo, text,
        receptionOnly, today, after, limit);
  }

  public PetitionFilter withReceptionOnly() {
    return new PetitionFilter(status, sector, assignee, unit, overdue, receivedFrom, receivedTo, text, true, today,
        after, limit);
  }

  public PetitionFilter withOverdue(boolean value) {
    return new PetitionFilter(status, sector, assignee, unit, Optional.of(value), receivedFrom, receivedTo, text,
        receptionOnly, today, after, limit);
  }

  public PetitionFilter withText(String value) {
    return new PetitionFilter(status, sector, assignee, unit, overdue, receivedFrom, receivedTo, Optional.of(value),
        receptionOnly, today, after, limit);
  }

  public PetitionFilter withSector(SectorCode value) {
    return new PetitionFilter(status, Optional.of(value), assignee, unit, overdue, receivedFrom, receivedTo, text,
        receptionOnly, today, after, limit);
  }

  public PetitionFilter withReceivedBetween(LocalDate from, LocalDate to) {
    return new PetitionFilter(status, sector, assignee, unit, overdue, Optional.of(from), Optional.of(to), text,
        receptionOnly, today, after, limit);
  }

  public PetitionFilter after(Cursor cursor, int pageSize) {
    return new PetitionFilter(status, sector, assignee, unit, overdue, receivedFrom, receivedTo, text, receptionOnly,
        today, Optional.of(cursor), pageSize);
  }

  public PetitionFilter withLimit(int pageSize) {
    return new PetitionFilter(status, sector, assignee, unit, overdue, receivedFrom, receivedTo, text, receptionOnly,
        today, after, pageSize);
  }
}
