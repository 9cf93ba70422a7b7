package vn.pakn.application.contract;

import vn.pakn.application.fake.InMemoryPetitionRepository;
import vn.pakn.application.port.out.PetitionRepository;

class InMemoryPetitionRepositoryContractTest extends AbstractPetitionRepositoryContractTest {

  @Override
  protected PetitionRepository repository() {
    return new InMemoryPetitionRepository();
  }
}
