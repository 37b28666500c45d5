package io.customercodes.bare;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** A repository with a derived query, parsed at start as Spring Data does for every repository. */
public interface NoteRepository extends JpaRepository<Note, Long> {

    List<Note> findByTextContaining(String text);
}
