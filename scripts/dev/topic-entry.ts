export { ruleReadings } from '../../src/engine/concerns';
export { scoreTopicWords, chooseTopic, stemCounts } from '../../src/engine/concerns/topic-words';
export { LinearModel } from '../../src/engine/model/linear';
export { MODEL } from '../../src/engine/generated/model';
