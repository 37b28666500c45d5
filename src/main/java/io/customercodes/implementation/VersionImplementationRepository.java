package io.customercodes.implementation;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VersionImplementationRepository extends JpaRepository<VersionImplementation, Long> {

    default VersionImplementation forVersion(Long versionId) {
        return findById(versionId).orElseGet(() -> save(new VersionImplementation(versionId)));
    }
}
